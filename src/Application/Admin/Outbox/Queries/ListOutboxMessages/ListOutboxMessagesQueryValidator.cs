namespace Partner.Application.Admin.Outbox.Queries.ListOutboxMessages;

public sealed class ListOutboxMessagesQueryValidator : AbstractValidator<ListOutboxMessagesQuery>
{
    public ListOutboxMessagesQueryValidator()
    {
        RuleFor(q => q.State).IsInEnum().OverridePropertyName("state");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).OverridePropertyName("page_size");
    }
}
