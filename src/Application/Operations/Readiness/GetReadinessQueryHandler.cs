namespace Partner.Application.Operations.Readiness;

public sealed class GetReadinessQueryHandler(IEnumerable<IReadinessProbe> probes) : IRequestHandler<GetReadinessQuery, ReadinessReport>
{
    public async Task<ReadinessReport> Handle(GetReadinessQuery request, CancellationToken cancellationToken)
    {
        var checks = new List<ReadinessCheck>();
        foreach (var probe in probes.OrderBy(p => p.Order))
        {
            checks.AddRange(await probe.CheckAsync(cancellationToken));
        }

        return new ReadinessReport(checks.All(c => c.Passed), checks);
    }
}
