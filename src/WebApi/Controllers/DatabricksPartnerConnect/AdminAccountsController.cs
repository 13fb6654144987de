using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;
using Partner.Application.DatabricksPartnerConnect.Admin.Connections.Commands.IssueAccessToken;
using Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Partner.Application.Common.Models;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Controllers.DatabricksPartnerConnect;

/// <summary>Operators' views of accounts and connections, and the token service for the partner's product (scope tokens).</summary>
[ApiController]
[Route("admin")]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.AdminBearer, Policy = AdminScopeRequirement.Policy)]
[Produces("application/json")]
[Tags("Admin: Partner Connect")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
public sealed class AdminAccountsController(IMediator mediator) : ControllerBase
{
    /// <summary>Accounts, optionally the one of an e-mail domain.</summary>
    [HttpGet("accounts")]
    [ProducesResponseType<PagedResult<AccountDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PagedResult<AccountDto>>> ListAccounts(
        [FromQuery] string? domain, [FromQuery] int page = 1, [FromQuery(Name = "page_size")] int pageSize = 50,
        CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new ListAccountsQuery(domain, page, pageSize), cancellationToken));

    /// <summary>Connections, optionally of one workspace. Secrets are never shown, only whether one is held.</summary>
    [HttpGet("connections")]
    [ProducesResponseType<PagedResult<ConnectionDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PagedResult<ConnectionDto>>> ListConnections(
        [FromQuery(Name = "workspace_id")] long? workspaceId, [FromQuery(Name = "include_deleted")] bool includeDeleted = false,
        [FromQuery] int page = 1, [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new ListConnectionsQuery(workspaceId, includeDeleted, page, pageSize), cancellationToken));

    /// <summary>
    /// A short-lived Databricks access token of a connection, for the partner's product (body optional: auth_type picks the
    /// credential). Never a refresh token or a client secret. 409 authorization_required names the page where a user
    /// authorizes a U2M connection; 502 when Databricks refuses. Each token handed out is logged.
    /// </summary>
    [HttpPost("connections/{id}/access-token")]
    [AdminScope(AdminScopes.Tokens)]
    [ProducesResponseType<AccessTokenResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status502BadGateway)]
    public async Task<ActionResult<AccessTokenResult>> IssueAccessToken(
        string id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] IssueAccessTokenCommand? command, CancellationToken cancellationToken)
        => Ok(await mediator.Send((command ?? new IssueAccessTokenCommand()) with
        {
            ConnectionId = Guid.TryParse(id, out var connectionId) ? connectionId : Guid.Empty,
            Caller = User.FindFirst(AdminScopes.KeyClaimType)?.Value ?? "admin",
        }, cancellationToken));
}
