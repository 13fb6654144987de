using System.Reflection;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment.Outbox;

namespace Partner.Domain.UnitTests.GreenhouseAssessment.Outbox;

/// <summary>Outbox retries: exponential backoff, dead letter after the last attempt, replay by an operator.</summary>
public sealed class OutboxMessageTests
{
    private const int MaxAttempts = 5;
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(10);

    [Test]
    public void Create_IsPendingDueNowWithNoAttempts()
    {
        var message = OutboxMessage.Create(OutboxMessageType.CandidateEmail, "{\"testInstanceId\":\"1\"}", Now);

        Assert.Multiple(() =>
        {
            Assert.That(message.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(message.Type, Is.EqualTo(OutboxMessageType.CandidateEmail));
            Assert.That(message.Payload, Is.EqualTo("{\"testInstanceId\":\"1\"}"));
            Assert.That(message.State, Is.EqualTo(OutboxState.Pending));
            Assert.That(message.Attempts, Is.Zero);
            Assert.That(message.NextAttemptAt, Is.EqualTo(Now));
            Assert.That(message.CreatedAt, Is.EqualTo(Now));
            Assert.That(message.DeliveredAt, Is.Null);
            Assert.That(message.LeaseOwner, Is.Null);
        });
    }

    [TestCase(1, 10)]
    [TestCase(2, 20)]
    [TestCase(3, 40)]
    [TestCase(4, 80)]
    public void AfterFailure_BeforeTheLastAttempt_RetriesAfterADoublingDelay(int attempts, int expectedSeconds)
    {
        var (state, nextAttemptAt) = OutboxMessage.AfterFailure(attempts, Now, BaseDelay, MaxAttempts);

        Assert.Multiple(() =>
        {
            Assert.That(state, Is.EqualTo(OutboxState.Pending));
            Assert.That(nextAttemptAt - Now, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
        });
    }

    [Test]
    public void AfterFailure_EachAttempt_DoublesThePreviousDelay()
    {
        var delays = Enumerable.Range(1, MaxAttempts - 1)
            .Select(a => OutboxMessage.AfterFailure(a, Now, BaseDelay, MaxAttempts).NextAttemptAt - Now)
            .ToList();

        for (var i = 1; i < delays.Count; i++)
        {
            Assert.That(delays[i], Is.EqualTo(delays[i - 1] * 2), $"attempt {i + 1}");
        }
    }

    [TestCase(MaxAttempts)]
    [TestCase(MaxAttempts + 1)]
    public void AfterFailure_AtMaxAttempts_IsADeadLetter(int attempts)
    {
        var (state, nextAttemptAt) = OutboxMessage.AfterFailure(attempts, Now, BaseDelay, MaxAttempts);

        Assert.Multiple(() =>
        {
            Assert.That(state, Is.EqualTo(OutboxState.Dead));
            Assert.That(nextAttemptAt, Is.EqualTo(Now));
        });
    }

    [Test]
    public void AfterFailure_OneAttemptAllowed_FirstFailureIsADeadLetter()
    {
        Assert.That(OutboxMessage.AfterFailure(1, Now, BaseDelay, maxAttempts: 1).State, Is.EqualTo(OutboxState.Dead));
    }

    [Test]
    public void AfterFailure_ManyAttempts_DelayIsCappedAtOneDay()
    {
        var (state, nextAttemptAt) = OutboxMessage.AfterFailure(60, Now, BaseDelay, maxAttempts: 100);

        Assert.Multiple(() =>
        {
            Assert.That(state, Is.EqualTo(OutboxState.Pending));
            Assert.That(nextAttemptAt - Now, Is.EqualTo(TimeSpan.FromDays(1)));
        });
    }

    [Test]
    public void Replay_DeadLetter_IsPendingDueNowWithFreshAttemptsAndNoLease()
    {
        // The dispatcher moves a message to Dead with a database update; here the row is set up as it would read back.
        var message = OutboxMessage.Create(OutboxMessageType.CompletionCallback, "{}", Now.AddHours(-2));
        SetState(message, OutboxState.Dead, attempts: MaxAttempts, leaseOwner: "instance-a", leaseExpiresAt: Now.AddMinutes(-1));
        var replayedAt = Now.AddMinutes(3);

        message.Replay(replayedAt);

        Assert.Multiple(() =>
        {
            Assert.That(message.State, Is.EqualTo(OutboxState.Pending));
            Assert.That(message.Attempts, Is.Zero);
            Assert.That(message.NextAttemptAt, Is.EqualTo(replayedAt));
            Assert.That(message.LeaseOwner, Is.Null);
            Assert.That(message.LeaseExpiresAt, Is.Null);
        });
    }

    [TestCase(OutboxState.Pending)]
    [TestCase(OutboxState.Delivered)]
    public void Replay_NotADeadLetter_Throws(OutboxState state)
    {
        var message = OutboxMessage.Create(OutboxMessageType.CandidateEmail, "{}", Now);
        SetState(message, state, attempts: 2, leaseOwner: null, leaseExpiresAt: null);

        Assert.Throws<DomainRuleException>(() => message.Replay(Now));
        Assert.Multiple(() =>
        {
            Assert.That(message.State, Is.EqualTo(state));
            Assert.That(message.Attempts, Is.EqualTo(2));
        });
    }

    private static void SetState(OutboxMessage message, OutboxState state, int attempts, string? leaseOwner, DateTimeOffset? leaseExpiresAt)
    {
        Set(message, nameof(OutboxMessage.State), state);
        Set(message, nameof(OutboxMessage.Attempts), attempts);
        Set(message, nameof(OutboxMessage.LeaseOwner), leaseOwner);
        Set(message, nameof(OutboxMessage.LeaseExpiresAt), leaseExpiresAt);
    }

    private static void Set(OutboxMessage message, string property, object? value) =>
        typeof(OutboxMessage).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)!.SetValue(message, value);
}
