using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.DatabricksSelfTesting.Commands.CreateSelfTestPartner;
using Partner.Application.DatabricksSelfTesting.Commands.DeleteSelfTestPartner;
using Partner.Application.DatabricksSelfTesting.Commands.UpdateSelfTestPartner;
using Partner.Application.DatabricksSelfTesting.Queries.GetSelfTestPartners;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Controllers.DatabricksSelfTesting;

/// <summary>The self-testing partner tile in the partner's own workspace; a Databricks refusal is 502 upstream_error with its status, error_code and message.</summary>
[ApiController]
[Route("admin/self-test-partner")]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.AdminBearer, Policy = AdminScopeRequirement.Policy)]
[Produces("application/json")]
[Tags("Admin: Databricks self-testing partner")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status502BadGateway)]
public sealed class AdminSelfTestPartnerController(IMediator mediator) : ControllerBase
{
    /// <summary>Creates the self-testing partner and stores the Authorization header Databricks must send us.</summary>
    /// <remarks>One self-testing partner per workspace: 409 conflict when it already has one.</remarks>
    [HttpPost]
    [ProducesResponseType<CreateSelfTestPartnerResult>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CreateSelfTestPartnerResult>> Create(CancellationToken cancellationToken)
        => Created("/admin/self-test-partner", await mediator.Send(new CreateSelfTestPartnerCommand(), cancellationToken));

    /// <summary>The self-testing partners the workspace reports (id and name); empty when there is none.</summary>
    [HttpGet]
    [ProducesResponseType<GetSelfTestPartnersResult>(StatusCodes.Status200OK)]
    public async Task<ActionResult<GetSelfTestPartnersResult>> Get(CancellationToken cancellationToken)
        => Ok(await mediator.Send(new GetSelfTestPartnersQuery(), cancellationToken));

    /// <summary>Updates the self-testing partner from the running PartnerConfig and stores its Authorization header again.</summary>
    /// <remarks>Databricks drops the existing connections of the self-testing partner on update.</remarks>
    [HttpPut]
    [ProducesResponseType<UpdateSelfTestPartnerResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<UpdateSelfTestPartnerResult>> Update(CancellationToken cancellationToken)
        => Ok(await mediator.Send(new UpdateSelfTestPartnerCommand(), cancellationToken));

    /// <summary>Deletes the self-testing partner.</summary>
    /// <remarks>Databricks drops the existing connections of the self-testing partner on delete.</remarks>
    [HttpDelete]
    [ProducesResponseType<DeleteSelfTestPartnerResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<DeleteSelfTestPartnerResult>> Delete(CancellationToken cancellationToken)
        => Ok(await mediator.Send(new DeleteSelfTestPartnerCommand(), cancellationToken));
}
