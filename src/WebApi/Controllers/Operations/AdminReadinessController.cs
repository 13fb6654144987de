using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.Operations.Readiness;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Controllers.Operations;

/// <summary>Is this deployment ready for Databricks and Greenhouse? The same report as `dotnet Partner.WebApi.dll check`.</summary>
[ApiController]
[Route("admin/readiness")]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.AdminBearer, Policy = AdminScopeRequirement.Policy)]
[Produces("application/json")]
[Tags("Admin: Operations")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
public sealed class AdminReadinessController(IMediator mediator) : ControllerBase
{
    /// <summary>Each onboarding requirement with pass or fail and what to do; 200 either way (ready says whether all pass).</summary>
    [HttpGet]
    [ProducesResponseType<ReadinessReport>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ReadinessReport>> Get(CancellationToken cancellationToken) =>
        Ok(await mediator.Send(new GetReadinessQuery(), cancellationToken));
}
