namespace Partner.Application.Operations.Readiness;

/// <summary>Checks some requirements (a port: files, SMTP, the database and routes are checked where they live).</summary>
public interface IReadinessProbe
{
    /// <summary>Where its checks appear in the report.</summary>
    int Order { get; }

    Task<IReadOnlyList<ReadinessCheck>> CheckAsync(CancellationToken cancellationToken);
}
