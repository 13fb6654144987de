using Partner.Domain.Common;

namespace Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;

public sealed class ListOutboxMessagesQueryValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public ListOutboxMessagesQueryValidator()
    {
        this.RuleForField(q => q.State).IsInEnum();
        this.ValidatePaging();
        this.RuleForField(q => q.PartnerInterviewId).MaximumLength(TextLimits.Identifier);
    }
}
