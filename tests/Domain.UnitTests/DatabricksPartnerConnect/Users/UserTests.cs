using Partner.Domain.DatabricksPartnerConnect.Accounts;
using Partner.Domain.DatabricksPartnerConnect.Users;

namespace Partner.Domain.UnitTests.DatabricksPartnerConnect.Users;

public sealed class UserTests
{
    private static readonly DateTimeOffset RegisteredAt = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Register_MixedCaseEmail_StoresLowerCasedTrimmedEmailAndActiveTrial()
    {
        var accountId = Guid.NewGuid();

        var user = User.Register(accountId, "  John.Doe@Example.COM ", "John", "Doe", RegisteredAt);

        Assert.Multiple(() =>
        {
            Assert.That(user.Id, Is.Not.EqualTo(Guid.Empty));
            Assert.That(user.AccountId, Is.EqualTo(accountId));
            Assert.That(user.Email, Is.EqualTo("john.doe@example.com"));
            Assert.That(user.FirstName, Is.EqualTo("John"));
            Assert.That(user.LastName, Is.EqualTo("Doe"));
            Assert.That(user.TrialState, Is.EqualTo(TrialState.Active));
            Assert.That(user.IsExpired, Is.False);
            Assert.That(user.HasSignedUp, Is.False);
            Assert.That(user.DatabricksIdentities, Is.Empty);
        });
    }

    [Test]
    public void RecordDatabricksIdentity_TwoClouds_KeepsOneIdentityPerCloud()
    {
        // contract: "A user's identifier is databricks_user_id which is unique within a cloud (e.g. Azure)."
        var user = NewUser();

        user.RecordDatabricksIdentity("azure", 1234567890);
        user.RecordDatabricksIdentity("aws", 42);

        Assert.That(user.DatabricksIdentities, Is.EquivalentTo(new[]
        {
            new DatabricksIdentity("azure", 1234567890),
            new DatabricksIdentity("aws", 42),
        }));
    }

    [Test]
    public void RecordDatabricksIdentity_SameIdInTwoClouds_KeepsBoth()
    {
        var user = NewUser();

        user.RecordDatabricksIdentity("azure", 7);
        user.RecordDatabricksIdentity("gcp", 7);

        Assert.That(user.DatabricksIdentities, Has.Count.EqualTo(2));
    }

    [Test]
    public void RecordDatabricksIdentity_SameCloudNewId_ReplacesIdOfThatCloud()
    {
        var user = NewUser();
        user.RecordDatabricksIdentity("azure", 1);
        user.RecordDatabricksIdentity("aws", 2);

        user.RecordDatabricksIdentity("azure", 3);

        Assert.That(user.DatabricksIdentities, Is.EquivalentTo(new[]
        {
            new DatabricksIdentity("azure", 3),
            new DatabricksIdentity("aws", 2),
        }));
    }

    [Test]
    public void RecordDatabricksIdentity_SameCloudSameIdTwice_KeepsOne()
    {
        var user = NewUser();

        user.RecordDatabricksIdentity("azure", 1);
        user.RecordDatabricksIdentity("azure", 1);

        Assert.That(user.DatabricksIdentities, Is.EqualTo(new[] { new DatabricksIdentity("azure", 1) }));
    }

    [Test]
    public void CompleteSignUp_CalledTwice_KeepsTheFirstSignUp_ALandingLinkCannotRenameTheUser()
    {
        var user = NewUser();
        var first = RegisteredAt + TimeSpan.FromHours(1);

        user.CompleteSignUp("Ada", "Lovelace", first);
        user.CompleteSignUp("Ada", "King", first + TimeSpan.FromDays(2));

        Assert.Multiple(() =>
        {
            Assert.That(user.HasSignedUp, Is.True);
            Assert.That(user.SignedUpAt, Is.EqualTo(first));
            Assert.That((user.FirstName, user.LastName), Is.EqualTo(("Ada", "Lovelace")), "who signed up stays who signed up");
        });
    }

    [Test]
    public void ExpireThenStartNewTrial_TrialTypeUser_TogglesOwnTrial()
    {
        var user = NewUser();

        user.Expire();
        var expired = user.IsExpired;
        user.StartNewTrial();

        Assert.Multiple(() =>
        {
            Assert.That(expired, Is.True);
            Assert.That(user.IsExpired, Is.False);
            Assert.That(user.TrialState, Is.EqualTo(TrialState.Active));
        });
    }

    private static User NewUser() => User.Register(Guid.NewGuid(), "admin@abc123.databricks-test.com", "Ada", "Admin", RegisteredAt);
}
