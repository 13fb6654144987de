using AutoMapper;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetEmailTemplate;

public sealed class SetEmailTemplateCommandHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<SetEmailTemplateCommand, EmailTemplateDto>
{
    public async Task<EmailTemplateDto> Handle(SetEmailTemplateCommand request, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationAsync(request.OrganizationId, cancellationToken);
        organization.SetEmailTemplate(request.Kind, request.Reset ? null : request.Subject, request.Reset ? null : request.Body);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<EmailTemplateDto>(organization.EmailTemplateOf(request.Kind));
    }
}
