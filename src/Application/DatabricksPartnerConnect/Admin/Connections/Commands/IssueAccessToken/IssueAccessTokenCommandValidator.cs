namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Commands.IssueAccessToken;

public sealed class IssueAccessTokenCommandValidator : AbstractValidator<IssueAccessTokenCommand>
{
    public IssueAccessTokenCommandValidator() => this.RuleForField(c => c.AuthType).IsInEnum();
}
