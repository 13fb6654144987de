using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.IssueApiKey;

public sealed class IssueApiKeyCommandHandler(IApplicationDbContext db, ISecretProtector secrets, TimeProvider time)
    : IRequestHandler<IssueApiKeyCommand, ApiKeyResult>
{
    public async Task<ApiKeyResult> Handle(IssueApiKeyCommand request, CancellationToken cancellationToken)
    {
        await db.EnsureExistsAsync(request.OrganizationId, cancellationToken);
        var apiKey = GreenhouseApiKeys.Generate();
        var key = OrganizationApiKey.Issue(request.OrganizationId, GreenhouseApiKeys.Hash(apiKey), secrets.Protect(apiKey), time.GetUtcNow());
        db.OrganizationApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKeyResult { Id = key.Id, ApiKey = apiKey, CreatedAt = key.CreatedAt };
    }
}
