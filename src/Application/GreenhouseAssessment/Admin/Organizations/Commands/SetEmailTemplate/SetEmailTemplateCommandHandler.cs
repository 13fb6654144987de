using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;
using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetEmailTemplate;

public sealed class SetEmailTemplateCommandHandler(IApplicationDbContext db) : IRequestHandler<SetEmailTemplateCommand, EmailTemplateDto>
{
    public async Task<EmailTemplateDto> Handle(SetEmailTemplateCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken)
            ?? throw new PartnerException(ErrorReason.NotFound, "No organization with this id.");
        organization.SetEmailTemplate(request.Kind, request.Reset ? null : request.Subject, request.Reset ? null : request.Body);
        await db.SaveChangesAsync(cancellationToken);
        return EmailTemplateDto.Of(organization, request.Kind);
    }
}
