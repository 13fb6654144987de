using Partner.Application.GreenhouseAssessment.Interfaces;

namespace Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;

public sealed class ListTestsQueryHandler(IGreenhouseReader reader) : IRequestHandler<ListTestsQuery, IReadOnlyList<GreenhouseTestDto>>
{
    public Task<IReadOnlyList<GreenhouseTestDto>> Handle(ListTestsQuery request, CancellationToken cancellationToken) =>
        reader.TestsOfAsync(request.OrganizationId, cancellationToken);
}
