using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.GreenhouseAssessment.Admin.Outbox.Commands.ReplayOutboxMessage;
using Partner.Application.GreenhouseAssessment.Admin.Outbox.Queries.ListOutboxMessages;
using Partner.Application.Common.Models;
using Partner.Domain.GreenhouseAssessment.Outbox;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Controllers.GreenhouseAssessment;

/// <summary>The outbox of candidate e-mails and completion callbacks: pending work and dead letters.</summary>
[ApiController]
[Route("admin/outbox")]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.AdminBearer, Policy = AdminScopeRequirement.Policy)]
[Produces("application/json")]
[Tags("Admin: Outbox")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
public sealed class AdminOutboxController(IMediator mediator) : ControllerBase
{
    /// <summary>Messages, optionally in one state (pending, delivered or dead) or of one test instance (partner_interview_id).</summary>
    [HttpGet]
    [ProducesResponseType<PagedResult<OutboxMessageDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PagedResult<OutboxMessageDto>>> List(
        [FromQuery] OutboxState? state, [FromQuery(Name = "partner_interview_id")] string? partnerInterviewId, [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new ListOutboxMessagesQuery(state, page, pageSize, partnerInterviewId), cancellationToken));

    /// <summary>Sends a dead letter again with a fresh series of attempts (409 if it is not dead).</summary>
    [HttpPost("{id:guid}/replay")]
    [ProducesResponseType<OutboxMessageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<OutboxMessageDto>> Replay(Guid id, CancellationToken cancellationToken)
        => Ok(await mediator.Send(new ReplayOutboxMessageCommand(id), cancellationToken));
}
