namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;

public sealed class GetTestStatusQueryValidator : AbstractValidator<GetTestStatusQuery>
{
    public GetTestStatusQueryValidator()
    {
        RuleFor(q => q.OrganizationId).NotEmpty();
        this.RuleForField(q => q.PartnerInterviewId).NotEmpty().MaximumLength(100)
            .WithMessage("partner_interview_id is required (at most 100 characters).");
    }
}
