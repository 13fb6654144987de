using Partner.Application.Common.Validation;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;

public sealed class ListOutboxMessagesQueryValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public ListOutboxMessagesQueryValidator()
    {
        RuleFor(q => q.State).IsInEnum().OverridePropertyName("state");
        this.ValidatePaging(q => q.Page, q => q.PageSize);
        RuleFor(q => q.PartnerInterviewId).MaximumLength(64).OverridePropertyName("partner_interview_id");
    }
}
