using System.Text.Json;

namespace Partner.Domain.Greenhouse;

/// <summary>A test an organization can send to candidates (contract: list_tests' partner_test_id and partner_test_name).</summary>
public sealed class AssessmentTest
{
    public const int PartnerTestIdMaxLength = 100;
    public const int NameMaxLength = 200;

    private AssessmentTest()
    {
        PartnerTestId = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>contract: partner_test_id; unique within the organization.</summary>
    public string PartnerTestId { get; private set; }

    /// <summary>contract: partner_test_name, Greenhouse's label for the test.</summary>
    public string Name { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The questions when the service runs the test itself (JSON); null for a test taken in an external product.</summary>
    public string? QuestionsJson { get; private set; }

    /// <summary>Minutes from start to submission for a test the service runs; null: no limit.</summary>
    public int? TimeLimitMinutes { get; private set; }

    /// <summary>The percentage of correct answers that passes; null: no pass mark (passed is then not judged).</summary>
    public int? PassMarkPercent { get; private set; }

    /// <summary>Whether candidates take this test on the service (it has questions).</summary>
    public bool IsRunByService => QuestionsJson is not null;

    public IReadOnlyList<AssessmentQuestion> Questions =>
        QuestionsJson is null ? [] : JsonSerializer.Deserialize<List<AssessmentQuestion>>(QuestionsJson, Json) ?? [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AssessmentTest Create(Guid organizationId, string partnerTestId, string name, DateTimeOffset now,
        IReadOnlyList<AssessmentQuestion>? questions = null, int? timeLimitMinutes = null, int? passMarkPercent = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerTestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new AssessmentTest
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            PartnerTestId = partnerTestId.Trim(),
            Name = name.Trim(),
            CreatedAt = now,
            QuestionsJson = questions is { Count: > 0 } ? JsonSerializer.Serialize(questions, Json) : null,
            TimeLimitMinutes = questions is { Count: > 0 } ? timeLimitMinutes : null,
            PassMarkPercent = questions is { Count: > 0 } ? passMarkPercent : null,
        };
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}
