using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;
using Partner.Application.GreenhouseAssessment.ResponseErrors.Commands.ReportResponseError;
using Partner.Application.GreenhouseAssessment.TestInstances.Commands.SendTest;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;
using Partner.WebApi.GreenhouseAssessment;

namespace Partner.WebApi.Controllers.GreenhouseAssessment;

/// <summary>
/// The Greenhouse Assessment partner API. Basic auth: the organization's API key as user name, empty password; every
/// call sees only that organization's tests and instances (another organization's look the same as missing ones).
/// </summary>
[ApiController]
[Route("partners/greenhouse")]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.GreenhouseBasic)]
[Produces("application/json")]
[Tags("Greenhouse Assessment")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status500InternalServerError)]
public sealed class GreenhouseController(IMediator mediator) : ControllerBase
{
    /// <summary>list_tests: the tests Greenhouse users of this organization can send.</summary>
    [HttpGet("list_tests")]
    [ProducesResponseType<IReadOnlyList<GreenhouseTestDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<GreenhouseTestDto>>> ListTests(CancellationToken cancellationToken)
        => Ok(await mediator.Send(new ListTestsQuery { OrganizationId = User.GreenhouseOrganizationId(), ApiKeyId = User.GreenhouseApiKeyId() },
            cancellationToken));

    /// <summary>
    /// send_test: creates a test instance, e-mails the candidate (through the outbox) and answers at once; 429 once the
    /// organization has used its send quota (Greenhouse:SendQuota).
    /// </summary>
    [HttpPost("send_test")]
    [Consumes("application/json")]
    [ProducesResponseType<SendTestResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status429TooManyRequests)]
    public async Task<ActionResult<SendTestResult>> SendTest(SendTestCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command with { OrganizationId = User.GreenhouseOrganizationId(), ApiKeyId = User.GreenhouseApiKeyId() },
            cancellationToken));

    /// <summary>test_status: partner_status, partner_profile_url, partner_score and metadata; absent values are null.</summary>
    /// <param name="partnerInterviewId">From send_test's answer.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpGet("test_status")]
    [ProducesResponseType<TestStatusResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<TestStatusResult>> TestStatus(
        [FromQuery(Name = "partner_interview_id")] string? partnerInterviewId, CancellationToken cancellationToken)
        => Ok(await mediator.Send(
            new GetTestStatusQuery(partnerInterviewId) { OrganizationId = User.GreenhouseOrganizationId(), ApiKeyId = User.GreenhouseApiKeyId() },
            cancellationToken));

    /// <summary>response_error: Greenhouse reports a malformed answer of ours; stored for operators, answered with 200.</summary>
    [HttpPost("response_error")]
    [Consumes("application/json")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> ResponseError(ReportResponseErrorCommand command, CancellationToken cancellationToken)
    {
        await mediator.Send(command with { OrganizationId = User.GreenhouseOrganizationId(), ApiKeyId = User.GreenhouseApiKeyId() },
            cancellationToken);
        return Ok();
    }
}
