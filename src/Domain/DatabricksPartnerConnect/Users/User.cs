using Partner.Domain.DatabricksPartnerConnect.Accounts;

namespace Partner.Domain.DatabricksPartnerConnect.Users;

/// <summary>A person of an account, identified by e-mail address (unique within the account).</summary>
public sealed class User
{
    public const int NameMaxLength = 200;

    private readonly List<DatabricksIdentity> _databricksIdentities = [];

    private User()
    {
        Email = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    /// <summary>Lower-cased e-mail address.</summary>
    public string Email { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    /// <summary>The user's own trial (trial_type user).</summary>
    public TrialState TrialState { get; private set; }

    /// <summary>When the user finished the partner's manual sign-up (require_manual_signup), if ever.</summary>
    public DateTimeOffset? SignedUpAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>contract: databricks_user_id "is unique within a cloud": one identity per cloud provider.</summary>
    public IReadOnlyCollection<DatabricksIdentity> DatabricksIdentities => _databricksIdentities;

    public static User Register(Guid accountId, string email, string firstName, string lastName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        Email = email.Trim().ToLowerInvariant(),
        FirstName = firstName,
        LastName = lastName,
        TrialState = TrialState.Active,
        CreatedAt = now,
    };

    public bool IsExpired => TrialState == TrialState.Expired;

    public bool HasSignedUp => SignedUpAt is not null;

    public void Expire() => TrialState = TrialState.Expired;

    public void StartNewTrial() => TrialState = TrialState.Active;

    /// <summary>The partner's sign-up form: the name the user confirmed, and when they first signed up.</summary>
    public void CompleteSignUp(string firstName, string lastName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        ArgumentException.ThrowIfNullOrWhiteSpace(lastName);
        if (SignedUpAt is not null)
        {
            return; // signed up once: a landing link posted again (a new trial) cannot change who signed up
        }

        FirstName = firstName;
        LastName = lastName;
        SignedUpAt = now;
    }

    public void RecordDatabricksIdentity(string cloudProvider, long databricksUserId)
    {
        var existing = _databricksIdentities.FirstOrDefault(i => i.CloudProvider == cloudProvider);
        if (existing is null)
        {
            _databricksIdentities.Add(new DatabricksIdentity(cloudProvider, databricksUserId));
        }
        else
        {
            existing.ChangeTo(databricksUserId);
        }
    }
}
