namespace Partner.Application.Operations.Readiness;

/// <summary>The readiness report (GET /admin/readiness, and `dotnet Partner.WebApi.dll check`).</summary>
public sealed record GetReadinessQuery : IRequest<ReadinessReport>;
