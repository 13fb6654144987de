using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.Domain.UnitTests.DatabricksPartnerConnect.Accounts;

public sealed class AccountTests
{
    private static readonly DateTimeOffset OpenedAt = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Open_Now_StartsActiveTrialOfTrialLength()
    {
        var account = Account.Open(EmailDomain.Parse("Abc123.Databricks-Test.com"), OpenedAt);

        Assert.Multiple(() =>
        {
            Assert.That(account.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(account.Domain, Is.EqualTo("abc123.databricks-test.com"));
            Assert.That(account.TrialState, Is.EqualTo(TrialState.Active));
            Assert.That(account.CreatedAt, Is.EqualTo(OpenedAt));
            Assert.That(account.TrialEndsAt, Is.EqualTo(OpenedAt + Account.TrialLength));
            Assert.That(Account.TrialLength, Is.EqualTo(TimeSpan.FromDays(14)));
        });
    }

    [Test]
    public void IsExpired_AroundTrialEnd_ExpiresExactlyAtTheEnd()
    {
        var account = Account.Open(EmailDomain.Parse("example.com"), OpenedAt);
        var end = OpenedAt + Account.TrialLength;

        Assert.Multiple(() =>
        {
            Assert.That(account.IsExpired(OpenedAt), Is.False);
            Assert.That(account.IsExpired(end - TimeSpan.FromTicks(1)), Is.False);
            Assert.That(account.IsExpired(end), Is.True);
            Assert.That(account.IsExpired(end + TimeSpan.FromDays(1)), Is.True);
        });
    }

    [Test]
    public void Expire_DuringTrial_ExpiresAndEndsTrialNow()
    {
        var account = Account.Open(EmailDomain.Parse("example.com"), OpenedAt);
        var expiredAt = OpenedAt + TimeSpan.FromDays(3);

        account.Expire(expiredAt);

        Assert.Multiple(() =>
        {
            Assert.That(account.TrialState, Is.EqualTo(TrialState.Expired));
            Assert.That(account.TrialEndsAt, Is.EqualTo(expiredAt));
            Assert.That(account.IsExpired(expiredAt), Is.True);
            // Expired explicitly: expired whatever time is asked about.
            Assert.That(account.IsExpired(OpenedAt), Is.True);
        });
    }

    [Test]
    public void Expire_AfterTrialEnded_KeepsOriginalEnd()
    {
        var account = Account.Open(EmailDomain.Parse("example.com"), OpenedAt);
        var end = OpenedAt + Account.TrialLength;

        account.Expire(end + TimeSpan.FromDays(10));

        Assert.Multiple(() =>
        {
            Assert.That(account.TrialState, Is.EqualTo(TrialState.Expired));
            Assert.That(account.TrialEndsAt, Is.EqualTo(end));
        });
    }

    [Test]
    public void StartNewTrial_AfterExpiry_ActiveForAnotherTrialLength()
    {
        var account = Account.Open(EmailDomain.Parse("example.com"), OpenedAt);
        account.Expire(OpenedAt + TimeSpan.FromDays(1));
        var restartedAt = OpenedAt + TimeSpan.FromDays(30);

        account.StartNewTrial(restartedAt);

        Assert.Multiple(() =>
        {
            Assert.That(account.TrialState, Is.EqualTo(TrialState.Active));
            Assert.That(account.TrialEndsAt, Is.EqualTo(restartedAt + Account.TrialLength));
            Assert.That(account.IsExpired(restartedAt), Is.False);
            Assert.That(account.IsExpired(restartedAt + Account.TrialLength), Is.True);
            Assert.That(account.CreatedAt, Is.EqualTo(OpenedAt));
        });
    }
}
