using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.DatabricksPartnerConnect.Admin.Accounts.Queries.ListAccounts;
using Partner.Application.DatabricksPartnerConnect.Admin.Connections.Queries.ListConnections;
using Partner.Application.Common.Models;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Controllers.DatabricksPartnerConnect;

/// <summary>Read-only views for operators (Bearer key from Admin:ApiKeys).</summary>
[ApiController]
[Route("admin")]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.AdminBearer)]
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
}
