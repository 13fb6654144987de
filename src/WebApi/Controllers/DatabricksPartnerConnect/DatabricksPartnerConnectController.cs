using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.DatabricksPartnerConnect.Accounts.Commands.DeleteAccount;
using Partner.Application.DatabricksPartnerConnect.Accounts.Commands.ExpireUserAccount;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.Connect;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.DeleteConnection;
using Partner.Application.DatabricksPartnerConnect.Connections.Commands.TestConnection;
using Partner.Application.DatabricksPartnerConnect.Connectors.Queries.ListConnectors;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;
using Partner.WebApi.Routing;

namespace Partner.WebApi.Controllers.DatabricksPartnerConnect;

/// <summary>Routes come from the PartnerConfig endpoints; the templates below are the contract's defaults.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.DatabricksBasic)]
[Consumes("application/json")]
[Produces("application/json")]
[Tags("Databricks Partner Connect")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status500InternalServerError)]
public sealed class DatabricksPartnerConnectController(IMediator mediator) : ControllerBase
{
    /// <summary>Connect: sign a Databricks user in or up, with the workspace's resources.</summary>
    /// <remarks>
    /// Implements the contract's scenario table (new / existing user, new / active / expired account), the
    /// is_connection_established matrix, the demo flag and the PartnerConfig new_user_action.
    /// </remarks>
    /// <response code="200">The user is signed in or up; redirect_uri is where Databricks sends them.</response>
    /// <response code="400">bad_request: malformed body, wrong types or missing fields.</response>
    /// <response code="401">unauthorized: missing or wrong Basic credentials.</response>
    /// <response code="404">connection_not_found (Databricks has a connection the partner does not) or account_not_found.</response>
    /// <response code="500">general_error: unexpected failure (Databricks retries after 1, 2 and 4 s).</response>
    [HttpPost("partners/databricks/v1/connect")]
    [PartnerEndpoint(PartnerEndpoint.Connect)]
    [ProducesResponseType<ConnectResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ConnectResult>> Connect(ConnectCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command, cancellationToken));

    /// <summary>The connectors (data sources and targets) the partner supports, paged.</summary>
    /// <param name="paginationToken">The pagination_token of the previous page; follow it until it is absent.</param>
    /// <param name="cancellationToken">Request abort.</param>
    /// <response code="200">One page of connectors; pagination_token is absent on the last page.</response>
    /// <response code="400">bad_request: a pagination_token this service did not issue.</response>
    /// <response code="401">unauthorized: missing or wrong Basic credentials.</response>
    [HttpGet("partners/databricks/v1/connectors")]
    [PartnerEndpoint(PartnerEndpoint.GetConnectors)]
    [Consumes("application/json", IsOptional = true)]
    [ProducesResponseType<ListConnectorsResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ListConnectorsResult>> GetConnectors(
        [FromQuery(Name = "pagination_token")] string? paginationToken, CancellationToken cancellationToken)
        => Ok(await mediator.Send(new ListConnectorsQuery(paginationToken), cancellationToken));

    /// <summary>Test a connection: one result per check, always 200 when the connection exists.</summary>
    /// <response code="200">One result per check (SUCCESS or FAILED, with a message).</response>
    /// <response code="400">bad_request: malformed body.</response>
    /// <response code="401">unauthorized: missing or wrong Basic credentials.</response>
    /// <response code="404">connection_not_found: no live connection with this id in this workspace.</response>
    [HttpPost("partners/databricks/test-connection")]
    [PartnerEndpoint(PartnerEndpoint.TestConnection)]
    [ProducesResponseType<TestConnectionResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<TestConnectionResult>> TestConnection(TestConnectionCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command, cancellationToken));

    /// <summary>Delete an account and everything provisioned for it (Databricks test domains only; 400 otherwise).</summary>
    /// <response code="200">The account, its users and connections are gone (or never existed).</response>
    /// <response code="400">bad_request: not a Databricks test domain, or a malformed body.</response>
    /// <response code="401">unauthorized: missing or wrong Basic credentials.</response>
    [HttpDelete("partners/databricks/account")]
    [PartnerEndpoint(PartnerEndpoint.DeleteAccount)]
    [ProducesResponseType<EmptyObject>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<EmptyObject>> DeleteAccount([FromBody] DeleteAccountCommand command, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        return Ok(new EmptyObject());
    }

    /// <summary>Expire a user's trial (Databricks test domains only; 400 otherwise).</summary>
    /// <response code="200">The trial is expired: Connect now answers account_status expired.</response>
    /// <response code="400">bad_request: not a Databricks test domain, or a malformed body.</response>
    /// <response code="401">unauthorized: missing or wrong Basic credentials.</response>
    /// <response code="404">account_not_found: no account (or, with trial_type user, no user) for this e-mail.</response>
    [HttpPut("partners/databricks/useraccount")]
    [PartnerEndpoint(PartnerEndpoint.ExpireAccount)]
    [ProducesResponseType<EmptyObject>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<EmptyObject>> ExpireUserAccount(ExpireUserAccountCommand command, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        return Ok(new EmptyObject());
    }

    /// <summary>Delete a connection on the partner side. Databricks sends POST; DELETE, of older contract documents, is served the same.</summary>
    /// <response code="200">resource_status resources_deleted: the connection and its secrets are gone.</response>
    /// <response code="400">bad_request: malformed body.</response>
    /// <response code="401">unauthorized: missing or wrong Basic credentials.</response>
    /// <response code="404">connection_not_found: already deleted, or never existed in this workspace.</response>
    [HttpPost("partners/databricks/connection")]
    [HttpDelete("partners/databricks/connection")]
    [PartnerEndpoint(PartnerEndpoint.DeleteConnection)]
    [ProducesResponseType<DeleteConnectionResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<DeleteConnectionResult>> DeleteConnection([FromBody] DeleteConnectionCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command, cancellationToken));

    /// <summary>An empty JSON object: the contract's "Status Code: 200" answers carry no fields.</summary>
    public sealed record EmptyObject;
}
