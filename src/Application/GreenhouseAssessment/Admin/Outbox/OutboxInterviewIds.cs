using System.Text.Json;
using Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;
using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox;

/// <summary>The partner_interview_id operators search by, for outbox messages whose payload names a test instance.</summary>
internal static class OutboxInterviewIds
{
    public static async Task<List<OutboxMessageDto>> WithInterviewIdsAsync(this IApplicationDbContext db, IReadOnlyList<OutboxMessageDto> messages,
        CancellationToken cancellationToken)
    {
        var instanceOf = messages.ToDictionary(m => m.Id, m => InstanceId(m.Payload));
        var ids = instanceOf.Values.OfType<Guid>().Distinct().ToList();
        var interviews = await db.TestInstances.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.PartnerInterviewId }).ToDictionaryAsync(i => i.Id, i => i.PartnerInterviewId, cancellationToken);
        return [.. messages.Select(m => instanceOf[m.Id] is { } id && interviews.TryGetValue(id, out var interview)
            ? m with { PartnerInterviewId = interview }
            : m)];
    }

    private static Guid? InstanceId(string payload)
    {
        try
        {
            return TestInstancePayload.FromJson(payload).TestInstanceId;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
