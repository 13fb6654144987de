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

    public static AssessmentTest Create(Guid organizationId, string partnerTestId, string name, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnerTestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new AssessmentTest
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            PartnerTestId = partnerTestId.Trim(),
            Name = name.Trim(),
            CreatedAt = now,
        };
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}
