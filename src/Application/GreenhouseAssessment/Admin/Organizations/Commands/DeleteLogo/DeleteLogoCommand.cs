using Partner.Application.Common.Interfaces;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.DeleteLogo;

/// <summary>Removes the uploaded logo (a logo_url stays); removing none changes nothing.</summary>
public sealed record DeleteLogoCommand(Guid OrganizationId) : IRequest<Unit>, Common.Behaviours.IRetriedOnWriteConflict;

public sealed class DeleteLogoCommandValidator : AbstractValidator<DeleteLogoCommand>
{
    public DeleteLogoCommandValidator() => RuleFor(c => c.OrganizationId).NotEmpty().OverridePropertyName("id");
}

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
