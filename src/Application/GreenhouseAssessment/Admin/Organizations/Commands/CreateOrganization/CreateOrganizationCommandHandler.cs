using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.CreateOrganization;

public sealed class CreateOrganizationCommandHandler(IApplicationDbContext db, ISecretProtector secrets, TimeProvider time)
    : IRequestHandler<CreateOrganizationCommand, CreateOrganizationResult>
{
    public async Task<CreateOrganizationResult> Handle(CreateOrganizationCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var organization = Organization.Create(request.Name, now);
        var apiKey = GreenhouseApiKeys.Generate();
        var key = OrganizationApiKey.Issue(organization.Id, GreenhouseApiKeys.Hash(apiKey), secrets.Protect(apiKey), now);
        db.Organizations.Add(organization);
        db.OrganizationApiKeys.Add(key);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsUniqueConstraintViolation(ex))
        {
            throw new PartnerException(ErrorReason.Conflict, "An organization with this name already exists.");
        }

        return new CreateOrganizationResult { Id = organization.Id, Name = organization.Name, ApiKey = apiKey, ApiKeyId = key.Id };
    }
}
