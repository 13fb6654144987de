using Partner.Domain.Common;
namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

public sealed class GetTestStatusQueryValidator : AbstractValidator<GetTestStatusQuery>
{
    public GetTestStatusQueryValidator()
    {
        RuleFor(q => q.OrganizationId).NotEmpty();
        this.RuleForField(q => q.PartnerInterviewId).NotEmpty().MaximumLength(TextLimits.Identifier)
            .WithMessage("partner_interview_id is required (at most 100 characters).");
    }
}
