using AutoMapper;
using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;

public sealed class GetEmailTemplatesQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<GetEmailTemplatesQuery, IReadOnlyList<EmailTemplateDto>>
{
    public async Task<IReadOnlyList<EmailTemplateDto>> Handle(GetEmailTemplatesQuery request, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationAsync(request.OrganizationId, cancellationToken, tracked: false);
        // Mapped in memory, not projected: the organization's own template or the shipped default is the domain's choice.
        return mapper.Map<List<EmailTemplateDto>>(Enum.GetValues<EmailKind>().Select(organization.EmailTemplateOf));
    }
}
