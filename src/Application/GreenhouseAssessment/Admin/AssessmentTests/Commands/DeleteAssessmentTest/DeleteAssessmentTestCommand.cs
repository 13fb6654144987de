namespace Partner.Application.GreenhouseAssessment.Admin.AssessmentTests.Commands.DeleteAssessmentTest;

/// <summary>
/// Deletes a test nobody was sent yet; a test with instances keeps them reachable and cannot be deleted (409). Run again
/// when a concurrent request deleted the test first (404) or sent it first (409).
/// </summary>
public sealed record DeleteAssessmentTestCommand(Guid OrganizationId, string PartnerTestId) : IRequest<Unit>, Common.Behaviours.IRetriedOnWriteConflict;
