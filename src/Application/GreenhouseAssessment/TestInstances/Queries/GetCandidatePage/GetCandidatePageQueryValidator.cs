using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetCandidatePage;

public sealed class GetCandidatePageQueryValidator : AbstractValidator<GetCandidatePageQuery>
{
    public GetCandidatePageQueryValidator() => RuleFor(q => q.Token).NotEmpty().MaximumLength(TextLimits.Token);
}
