using Partner.Domain.Common;

namespace Partner.Domain.DatabricksPartnerConnect.Accounts;

/// <summary>A company as the partner sees it, identified by the e-mail domain of its users.</summary>
public sealed class Account
{
    public static readonly TimeSpan TrialLength = TimeSpan.FromDays(14);

    private Account()
    {
        Domain = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The lower-cased e-mail domain; unique.</summary>
    public string Domain { get; private set; }

    public TrialState TrialState { get; private set; }

    public DateTimeOffset TrialEndsAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Account Open(EmailDomain domain, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Domain = domain.Value,
        TrialState = TrialState.Active,
        TrialEndsAt = now + TrialLength,
        CreatedAt = now,
    };

    /// <summary>True when the trial was expired explicitly or its end date has passed.</summary>
    public bool IsExpired(DateTimeOffset now) => IsTrialOver(TrialState, TrialEndsAt, now);

    /// <summary>The rule of <see cref="IsExpired"/>, for an account read as plain values.</summary>
    public static bool IsTrialOver(TrialState trialState, DateTimeOffset trialEndsAt, DateTimeOffset now) =>
        trialState == TrialState.Expired || now >= trialEndsAt;

    public void Expire(DateTimeOffset now)
    {
        TrialState = TrialState.Expired;
        if (TrialEndsAt > now)
        {
            TrialEndsAt = now;
        }
    }

    /// <summary>contract: create_trial for an expired account "if the partner allows multiple trials per account".</summary>
    public void StartNewTrial(DateTimeOffset now)
    {
        TrialState = TrialState.Active;
        TrialEndsAt = now + TrialLength;
    }
}
