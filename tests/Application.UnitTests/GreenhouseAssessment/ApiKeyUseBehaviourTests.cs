using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;
using Partner.Application.Common.Exceptions;
using Partner.Application.Common.Interfaces;
using Partner.Application.GreenhouseAssessment;
using Partner.Application.GreenhouseAssessment.AssessmentTests.Queries.ListTests;
using Partner.Application.GreenhouseAssessment.Behaviours;
using Partner.Domain.Common;
using Partner.TestSupport;

namespace Partner.Application.UnitTests.GreenhouseAssessment;

/// <summary>
/// A Greenhouse use case records its key's last use: once per Greenhouse:ApiKeyCacheDuration and key on an instance, and
/// a write that fails is logged while the call goes on. The database is mocked.
/// </summary>
public sealed class ApiKeyUseBehaviourTests
{
    private static readonly IReadOnlyList<GreenhouseTestDto> Answer = [];

    private readonly Mock<IApplicationDbContext> _db = new();
    private MemoryCache _cache = null!;
    private CapturedLogs _logs = null!;

    [SetUp]
    public void CreateCache()
    {
        _cache = new MemoryCache(new MemoryCacheOptions());
        _logs = new CapturedLogs();
        _db.Reset();
        _db.Setup(d => d.ExecuteWriteAsync(It.IsAny<Func<CancellationToken, Task<int>>>(), It.IsAny<CancellationToken>())).ReturnsAsync(1);
    }

    [TearDown]
    public void DisposeCache()
    {
        _cache.Dispose();
        _logs.Dispose();
    }

    [Test]
    public async Task TwoCallsWithOneKey_WithinThePeriod_OneWrite()
    {
        var behaviour = Behaviour(TimeSpan.FromSeconds(30));
        var key = Guid.NewGuid();

        await behaviour.Handle(Call(key), CancellationToken.None, () => Task.FromResult(Answer));
        await behaviour.Handle(Call(key), CancellationToken.None, () => Task.FromResult(Answer));
        await behaviour.Handle(Call(Guid.NewGuid()), CancellationToken.None, () => Task.FromResult(Answer));

        _db.Verify(d => d.ExecuteWriteAsync(It.IsAny<Func<CancellationToken, Task<int>>>(), It.IsAny<CancellationToken>()), Times.Exactly(2),
            "one write for each key");
    }

    [Test]
    public async Task CacheDurationZero_EveryCallWrites()
    {
        var behaviour = Behaviour(TimeSpan.Zero);
        var key = Guid.NewGuid();

        await behaviour.Handle(Call(key), CancellationToken.None, () => Task.FromResult(Answer));
        await behaviour.Handle(Call(key), CancellationToken.None, () => Task.FromResult(Answer));

        _db.Verify(d => d.ExecuteWriteAsync(It.IsAny<Func<CancellationToken, Task<int>>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public async Task WriteFails_TheCallGoesOn_AndTheFailureIsLogged()
    {
        _db.Setup(d => d.ExecuteWriteAsync(It.IsAny<Func<CancellationToken, Task<int>>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("The database is down."));
        var handled = false;

        var result = await Behaviour(TimeSpan.FromSeconds(30)).Handle(Call(Guid.NewGuid()), CancellationToken.None, () =>
        {
            handled = true;
            return Task.FromResult(Answer);
        });

        Assert.Multiple(() =>
        {
            Assert.That(handled, Is.True);
            Assert.That(result, Is.SameAs(Answer));
            Assert.That(_logs.Entries.Select(l => l.Level), Is.EqualTo(new[] { LogLevel.Warning }));
            Assert.That(_logs.Entries[0].Exception, Is.InstanceOf<InvalidOperationException>());
        });
    }

    [Test]
    public void HandlerFails_NothingWritten_SoAnOutageIsNotWaitedForTwice()
    {
        Assert.ThrowsAsync<TimeoutException>(() => Behaviour(TimeSpan.FromSeconds(30)).Handle(Call(Guid.NewGuid()), CancellationToken.None,
            () => Task.FromException<IReadOnlyList<GreenhouseTestDto>>(new TimeoutException("The database did not answer."))));

        _db.Verify(d => d.ExecuteWriteAsync(It.IsAny<Func<CancellationToken, Task<int>>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void HandlerRefuses_TheUseIsRecorded_AndTheRefusalGoesOut()
    {
        Assert.ThrowsAsync<PartnerException>(() => Behaviour(TimeSpan.FromSeconds(30)).Handle(Call(Guid.NewGuid()), CancellationToken.None,
            () => Task.FromException<IReadOnlyList<GreenhouseTestDto>>(new PartnerException(ErrorReason.BadRequest, "unknown interview"))));

        _db.Verify(d => d.ExecuteWriteAsync(It.IsAny<Func<CancellationToken, Task<int>>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task NoKeyOnTheRequest_NothingWritten()
    {
        await Behaviour(TimeSpan.FromSeconds(30)).Handle(Call(Guid.Empty), CancellationToken.None, () => Task.FromResult(Answer));

        _db.Verify(d => d.ExecuteWriteAsync(It.IsAny<Func<CancellationToken, Task<int>>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static ListTestsQuery Call(Guid keyId) => new() { OrganizationId = Guid.NewGuid(), ApiKeyId = keyId };

    private ApiKeyUseBehaviour<ListTestsQuery, IReadOnlyList<GreenhouseTestDto>> Behaviour(TimeSpan cacheDuration)
    {
        var options = new Mock<IOptionsMonitor<GreenhouseOptions>>();
        options.Setup(o => o.CurrentValue).Returns(new GreenhouseOptions { ApiKeyCacheDuration = cacheDuration });
        return new(_db.Object, _cache, options.Object, TimeProvider.System, _logs.CreateLogger<ListTestsQuery>());
    }
}
