using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Partner.Application.GreenhouseAssessment.Interfaces;

namespace Partner.Infrastructure.GreenhouseAssessment.Email;

/// <summary>Sends through SMTP with MailKit, or writes an .eml file per message into the pickup directory.</summary>
public sealed class MailKitEmailSender(IOptions<EmailOptions> options, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mime = Build(message, messageId, settings.Smtp.From);
        if (settings.UsesSmtp)
        {
            await SendSmtpAsync(mime, settings.Smtp, cancellationToken);
            logger.LogInformation("E-mail {MessageId} sent through {SmtpHost}", messageId, settings.Smtp.Host);
            return;
        }

        var directory = settings.PickupDirectory!;
        Directory.CreateDirectory(directory);
        // Write then rename, so a reader never sees half a file; a retried message overwrites its own file.
        var path = Path.Combine(directory, $"{messageId:N}.eml");
        var temporary = path + ".tmp";
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        logger.LogInformation("E-mail {MessageId} written to the pickup directory", messageId);
    }

    private static MimeMessage Build(EmailMessage message, Guid messageId, string from)
    {
        var mime = new MimeMessage();
        var sender = MailboxAddress.Parse(from);
        if (!string.IsNullOrWhiteSpace(message.FromName))
        {
            sender.Name = message.FromName;
        }

        mime.From.Add(sender);
        if (message.ReplyTo is not null)
        {
            mime.ReplyTo.Add(MailboxAddress.Parse(message.ReplyTo));
        }

        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.MessageId = $"{messageId:N}@partner";
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    /// <summary>Connects (TLS: implicit on 465, STARTTLS otherwise, none with UseTls false) and logs in when a user name is set.</summary>
    public static async Task ConnectAsync(SmtpClient client, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(smtp);
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }
    }

    private static async Task SendSmtpAsync(MimeMessage mime, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        await ConnectAsync(client, smtp, cancellationToken);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
