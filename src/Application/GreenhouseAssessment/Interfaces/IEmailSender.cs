namespace Partner.Application.GreenhouseAssessment.Interfaces;

/// <summary>Delivers an e-mail (SMTP or a pickup directory). Throws when the message could not be handed over.</summary>
public interface IEmailSender
{
    /// <summary><paramref name="messageId"/> is stable per outbox message, so a retried delivery can be recognised.</summary>
    Task SendAsync(EmailMessage message, Guid messageId, CancellationToken cancellationToken);
}

/// <summary>An e-mail with a plain text and an HTML body.</summary>
public sealed record EmailMessage(
    string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody, string? FromName = null, string? ReplyTo = null)
{
    public override string ToString() => $"EmailMessage {{ Subject = {Subject} }}";
}
