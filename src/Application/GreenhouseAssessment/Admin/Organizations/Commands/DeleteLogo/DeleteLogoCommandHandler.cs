using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.DeleteLogo;

public sealed class DeleteLogoCommandHandler(IApplicationDbContext db) : IRequestHandler<DeleteLogoCommand, Unit>
{
    public async Task<Unit> Handle(DeleteLogoCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationAsync(request.OrganizationId, cancellationToken);
        organization.RemoveUploadedLogo();
        if (await db.OrganizationLogos.FirstOrDefaultAsync(l => l.OrganizationId == organization.Id, cancellationToken) is { } logo)
        {
            db.OrganizationLogos.Remove(logo);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
