using Microsoft.Extensions.Logging;
using Partner.Application.DatabricksPartnerConnect.OAuth;

namespace Partner.Application.DatabricksPartnerConnect.Admin.Connections.Commands.IssueAccessToken;

/// <summary>Logs, for audit, which connection's token went to which caller, never the token.</summary>
public sealed class IssueAccessTokenCommandHandler(ConnectionAccessTokens tokens, TimeProvider time, ILogger<IssueAccessTokenCommandHandler> logger)
    : IRequestHandler<IssueAccessTokenCommand, AccessTokenResult>
{
    public async Task<AccessTokenResult> Handle(IssueAccessTokenCommand request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(request.ConnectionId, request.AuthType, cancellationToken);
        logger.LogInformation("Access token handed out: connection {ConnectionId}, {AuthType}, to {Caller}", request.ConnectionId, token.AuthType,
            request.Caller);
        return new AccessTokenResult
        {
            AccessToken = token.Value,
            ExpiresIn = token.ExpiresAt is { } expiresAt ? (int)Math.Max(0, (expiresAt - time.GetUtcNow()).TotalSeconds) : null,
            AuthType = token.AuthType,
        };
    }
}
