namespace Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;

public sealed class GetEmailTemplatesQueryValidator : AbstractValidator<GetEmailTemplatesQuery>
{
    public GetEmailTemplatesQueryValidator() => RuleFor(q => q.OrganizationId).NotEmpty().OverridePropertyName("id");
}
