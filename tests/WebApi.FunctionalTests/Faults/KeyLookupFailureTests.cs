using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Application.GreenhouseAssessment.TestInstances.Queries.GetTestStatus;
using Partner.WebApi.FunctionalTests.Greenhouse.Fakes;

namespace Partner.WebApi.FunctionalTests.Faults;

/// <summary>
/// A Greenhouse key that cannot be looked up (the database fails) is not a wrong key: the call answers 500 and does not
/// count towards the client's failed authentications, so Greenhouse is not locked out (429) once the database is back.
/// </summary>
public sealed class KeyLookupFailureTests
{
    [Test]
    public async Task KeyLookupThrows_ManyCalls_All500_NoneCountedAsFailedAuthentication_ThenServedAgain()
    {
        var reads = new SwitchableReader();
        await using var factory = new PartnerApiFactory(GreenhouseApp.Settings(new Dictionary<string, string?>
        {
            ["Greenhouse:ApiKeyCacheDuration"] = "00:00:00",
            ["Authentication:FailureThrottle:Enabled"] = "true",
            ["Authentication:FailureThrottle:FreeFailures"] = "1",
            ["Authentication:FailureThrottle:BaseDelay"] = "00:00:00.010",
            ["Authentication:FailureThrottle:MaxDelay"] = "00:00:00.020",
            ["Authentication:FailureThrottle:MaxFailures"] = "3",
        }), testServices: services =>
        {
            services.AddSingleton(reads);
            services.RemoveAll<IGreenhouseReader>();
            services.AddScoped<IGreenhouseReader>(sp => reads.Wrap(ActivatorUtilities.CreateInstance<Partner.Infrastructure.GreenhouseAssessment.Persistence.EfGreenhouseReader>(sp)));
        });
        var tenant = await factory.CreateTenantAsync(("12345", "My First Test"));
        using var greenhouse = factory.CreateGreenhouseClient(tenant.ApiKey);

        reads.Failing = true;
        var during = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await greenhouse.GetAsync(GreenhouseApi.ListTestsPath);
            during.Add(response.StatusCode);
        }

        reads.Failing = false;
        using var after = await greenhouse.GetAsync(GreenhouseApi.ListTestsPath);
        using var wrong = factory.CreateGreenhouseClient("gh_wrong");
        var wrongKey = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await wrong.GetAsync(GreenhouseApi.ListTestsPath);
            wrongKey.Add(response.StatusCode);
        }

        Assert.Multiple(() =>
        {
            Assert.That(during, Has.All.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "not locked out once the database answers");
            Assert.That(wrongKey, Does.Contain(HttpStatusCode.TooManyRequests), "wrong keys are still counted");
        });
    }

    private sealed class SwitchableReader
    {
        public volatile bool Failing;

        public IGreenhouseReader Wrap(IGreenhouseReader inner) => new Reader(this, inner);

        private sealed class Reader(SwitchableReader owner, IGreenhouseReader inner) : IGreenhouseReader
        {
            public Task<GreenhouseKey?> LiveKeyAsync(string keyHash, CancellationToken cancellationToken) =>
                owner.Failing ? throw new InvalidOperationException("The database is down.") : inner.LiveKeyAsync(keyHash, cancellationToken);

            public Task<IReadOnlyList<GreenhouseTestDto>> TestsOfAsync(Guid organizationId, CancellationToken cancellationToken) =>
                inner.TestsOfAsync(organizationId, cancellationToken);

            public Task<TestStatusResult?> StatusOfAsync(string partnerInterviewId, Guid organizationId, CancellationToken cancellationToken) =>
                inner.StatusOfAsync(partnerInterviewId, organizationId, cancellationToken);
        }
    }
}
