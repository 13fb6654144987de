using Partner.Application.Common.Interfaces;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;

public sealed class GetEmailTemplatesQueryHandler(IApplicationDbContext db) : IRequestHandler<GetEmailTemplatesQuery, IReadOnlyList<EmailTemplateDto>>
{
    public async Task<IReadOnlyList<EmailTemplateDto>> Handle(GetEmailTemplatesQuery request, CancellationToken cancellationToken)
    {
        var organization = await db.OrganizationAsync(request.OrganizationId, cancellationToken, tracked: false);
        return [.. Enum.GetValues<EmailKind>().Select(kind => EmailTemplateDto.Of(organization, kind))];
    }
}
