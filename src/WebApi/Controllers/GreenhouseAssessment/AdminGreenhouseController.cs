using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.CreateAssessmentTest;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.DeleteAssessmentTest;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.SetInvitation;
using Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Queries.ListAssessmentTests;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.CreateOrganization;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.DeleteLogo;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetBrand;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetEmailTemplate;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.SetLogo;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetBrand;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.GetEmailTemplates;
using Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.SummarizeResponseErrors;
using Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ExtendInvitation;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.IssueApiKey;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Commands.RevokeApiKey;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListApiKeys;
using Partner.Application.GreenhouseAssessment.Admin.Organizations.Queries.ListOrganizations;
using Partner.Application.GreenhouseAssessment.Admin.ResponseErrors.Queries.ListResponseErrors;
using Partner.Application.GreenhouseAssessment.Admin.TestInstances.Commands.ReportTestStatus;
using Partner.Application.GreenhouseAssessment.Admin.TestInstances.Queries.GetTestInstance;
using Partner.Application.Common.Models;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.Domain.GreenhouseAssessment;
using Partner.WebApi.Authentication;
using Partner.WebApi.Errors;

namespace Partner.WebApi.Controllers.GreenhouseAssessment;

/// <summary>Operators and the assessment product: Greenhouse organizations, keys, tests, progress and reported errors.</summary>
[ApiController]
[Route("admin")]
[Authorize(AuthenticationSchemes = PartnerAuthenticationSchemes.AdminBearer, Policy = AdminScopeRequirement.Policy)]
[Produces("application/json")]
[Tags("Admin: Greenhouse")]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<ErrorEnvelope>(StatusCodes.Status401Unauthorized)]
public sealed class AdminGreenhouseController(IMediator mediator) : ControllerBase
{
    /// <summary>The organizations, by name, with their ids.</summary>
    [HttpGet("organizations")]
    [ProducesResponseType<PagedResult<OrganizationDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PagedResult<OrganizationDto>>> ListOrganizations(
        [FromQuery] int page = 1, [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new ListOrganizationsQuery(page, pageSize), cancellationToken));

    /// <summary>The organization's API keys, newest first: id, created, last used, revoked; never the key.</summary>
    [HttpGet("organizations/{id:guid}/api-keys")]
    [ProducesResponseType<PagedResult<ApiKeyDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<PagedResult<ApiKeyDto>>> ListApiKeys(Guid id, [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new ListApiKeysQuery(id, page, pageSize), cancellationToken));

    /// <summary>A new organization and its first API key (shown only in this answer).</summary>
    [HttpPost("organizations")]
    [Consumes("application/json")]
    [ProducesResponseType<CreateOrganizationResult>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CreateOrganizationResult>> CreateOrganization(CreateOrganizationCommand command, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command, cancellationToken);
        return Created($"/admin/organizations/{result.Id}", result);
    }

    /// <summary>Another API key for the organization (rotation); shown only in this answer.</summary>
    [HttpPost("organizations/{id:guid}/api-keys")]
    [ProducesResponseType<ApiKeyResult>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<ApiKeyResult>> IssueApiKey(Guid id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new IssueApiKeyCommand(id), cancellationToken);
        return Created($"/admin/organizations/{id}/api-keys/{result.Id}", result);
    }

    /// <summary>Revokes a key: Greenhouse calls with it are 401 from now on.</summary>
    [HttpDelete("organizations/{id:guid}/api-keys/{keyId:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> RevokeApiKey(Guid id, Guid keyId, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeApiKeyCommand(id, keyId), cancellationToken);
        return NoContent();
    }

    /// <summary>The organization's brand: what its candidates see on pages and in e-mails.</summary>
    [HttpGet("organizations/{id:guid}/brand")]
    [ProducesResponseType<BrandDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<BrandDto>> GetBrand(Guid id, CancellationToken cancellationToken)
        => Ok(await mediator.Send(new GetBrandQuery(id), cancellationToken));

    /// <summary>
    /// Sets the whole brand: display name, logo URL (https), accent colour, e-mail sender name, reply-to, time zone. An
    /// absent or null value goes back to its default.
    /// </summary>
    [HttpPut("organizations/{id:guid}/brand")]
    [Consumes("application/json")]
    [ProducesResponseType<BrandDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<BrandDto>> SetBrand(Guid id, SetBrandCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command with { OrganizationId = id }, cancellationToken));

    /// <summary>Uploads the logo we serve to the organization's candidates: the image itself as the body (PNG, JPEG or WebP, at most 256 KiB).</summary>
    [HttpPut("organizations/{id:guid}/logo")]
    [Consumes("image/png", "image/jpeg", "image/webp")]
    [ProducesResponseType<BrandDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status413PayloadTooLarge)]
    public async Task<ActionResult<BrandDto>> SetLogo(Guid id, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await Request.Body.CopyToAsync(content, cancellationToken);
        return Ok(await mediator.Send(new SetLogoCommand(id, content.ToArray()), cancellationToken));
    }

    /// <summary>Removes the uploaded logo.</summary>
    [HttpDelete("organizations/{id:guid}/logo")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> DeleteLogo(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteLogoCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>The organization's e-mail templates (invitation, reminder) as used now, with the placeholders they may use.</summary>
    [HttpGet("organizations/{id:guid}/email-templates")]
    [ProducesResponseType<IReadOnlyList<EmailTemplateDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<IReadOnlyList<EmailTemplateDto>>> GetEmailTemplates(Guid id, CancellationToken cancellationToken)
        => Ok(await mediator.Send(new GetEmailTemplatesQuery(id), cancellationToken));

    /// <summary>
    /// The organization's own subject and body of one e-mail (kind: invitation or reminder). Unknown placeholders and
    /// markup other than &lt;strong&gt;, &lt;em&gt;, &lt;b&gt;, &lt;i&gt; and &lt;br&gt; are refused (400).
    /// </summary>
    [HttpPut("organizations/{id:guid}/email-templates/{kind:regex(^(invitation|reminder)$)}")]
    [Consumes("application/json")]
    [ProducesResponseType<EmailTemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<EmailTemplateDto>> SetEmailTemplate(Guid id, string kind, SetEmailTemplateCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command with { OrganizationId = id, Kind = Enum.Parse<EmailKind>(kind, ignoreCase: true) }, cancellationToken));

    /// <summary>Goes back to the shipped default of one e-mail.</summary>
    [HttpDelete("organizations/{id:guid}/email-templates/{kind:regex(^(invitation|reminder)$)}")]
    [ProducesResponseType<EmailTemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<EmailTemplateDto>> ResetEmailTemplate(Guid id, string kind, CancellationToken cancellationToken)
        => Ok(await mediator.Send(new SetEmailTemplateCommand
        {
            OrganizationId = id, Kind = Enum.Parse<EmailKind>(kind, ignoreCase: true), Reset = true, Subject = string.Empty, Body = string.Empty,
        }, cancellationToken));

    /// <summary>A test the organization can send (partner_test_id generated when absent).</summary>
    [HttpPost("organizations/{id:guid}/tests")]
    [Consumes("application/json")]
    [ProducesResponseType<AssessmentTestDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<AssessmentTestDto>> CreateTest(Guid id, CreateAssessmentTestCommand command, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command with { OrganizationId = id }, cancellationToken);
        return Created($"/admin/organizations/{id}/tests", result);
    }

    /// <summary>The organization's tests, by name.</summary>
    [HttpGet("organizations/{id:guid}/tests")]
    [ProducesResponseType<PagedResult<AssessmentTestDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<PagedResult<AssessmentTestDto>>> ListTests(Guid id, [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new ListAssessmentTestsQuery(id, page, pageSize), cancellationToken));

    /// <summary>A test's invitation lifetime and reminder, for the tests sent from now on; absent values go back to the defaults.</summary>
    [HttpPut("organizations/{id:guid}/tests/{partnerTestId}/invitation")]
    [Consumes("application/json")]
    [ProducesResponseType<AssessmentTestDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<AssessmentTestDto>> SetInvitation(Guid id, string partnerTestId, SetInvitationCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command with { OrganizationId = id, PartnerTestId = partnerTestId }, cancellationToken));

    /// <summary>Deletes a test that was never sent (409 when it has test instances).</summary>
    [HttpDelete("organizations/{id:guid}/tests/{partnerTestId}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> DeleteTest(Guid id, string partnerTestId, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteAssessmentTestCommand(id, partnerTestId), cancellationToken);
        return NoContent();
    }

    /// <summary>
    /// The assessment product reports progress: started, or complete with partner_profile_url. Completing a test whose
    /// send_test carried url queues the completion PATCH. Status only moves forward (409 otherwise).
    /// </summary>
    [HttpPost("test-instances/{partnerInterviewId}/status")]
    [AdminScope(AdminScopes.TestStatus)]
    [Consumes("application/json")]
    [ProducesResponseType<TestStatusResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<TestStatusResult>> ReportTestStatus(
        string partnerInterviewId, ReportTestStatusCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command with { PartnerInterviewId = partnerInterviewId }, cancellationToken));

    /// <summary>
    /// Gives a candidate who has not started more time: the expiry moves the given days later (from now when it has
    /// passed), the link is e-mailed again once, and the reminder follows the new expiry unless it was sent. 409 once started.
    /// </summary>
    [HttpPost("test-instances/{partnerInterviewId}/extend")]
    [Consumes("application/json")]
    [ProducesResponseType<ExtendInvitationResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<ExtendInvitationResult>> ExtendInvitation(
        string partnerInterviewId, ExtendInvitationCommand command, CancellationToken cancellationToken)
        => Ok(await mediator.Send(command with { PartnerInterviewId = partnerInterviewId }, cancellationToken));

    /// <summary>One test instance: progress, and the candidate's answers for a test the service ran.</summary>
    [HttpGet("test-instances/{partnerInterviewId}")]
    [ProducesResponseType<TestInstanceDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<TestInstanceDto>> GetTestInstance(string partnerInterviewId, CancellationToken cancellationToken)
        => Ok(await mediator.Send(new GetTestInstanceQuery(partnerInterviewId), cancellationToken));

    /// <summary>Greenhouse's reports of malformed answers of ours per api_call: how many and when the last came (optionally since a time).</summary>
    [HttpGet("response-errors/summary")]
    [ProducesResponseType<IReadOnlyList<ResponseErrorSummaryDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<IReadOnlyList<ResponseErrorSummaryDto>>> SummarizeResponseErrors(
        [FromQuery(Name = "organization_id")] Guid? organizationId, [FromQuery] DateTimeOffset? since, CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new SummarizeResponseErrorsQuery(organizationId, since), cancellationToken));

    /// <summary>Greenhouse's reports of malformed answers of ours, newest first.</summary>
    [HttpGet("response-errors")]
    [ProducesResponseType<PagedResult<ResponseErrorDto>>(StatusCodes.Status200OK)]
    public async Task<ActionResult<PagedResult<ResponseErrorDto>>> ListResponseErrors(
        [FromQuery(Name = "organization_id")] Guid? organizationId, [FromQuery] int page = 1,
        [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken cancellationToken = default)
        => Ok(await mediator.Send(new ListResponseErrorsQuery(organizationId, page, pageSize), cancellationToken));
}
