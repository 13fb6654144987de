namespace Partner.Application.GreenhouseAssessment.Interfaces;

/// <summary>Whether the mailer can send to an address: the one rule for every e-mail address we will write to.</summary>
public interface IMailboxValidator
{
    /// <summary>True for a bare address (no display name, brackets, comments or route) that the mailer parses as given.</summary>
    bool IsSendableAddress(string? address);
}
