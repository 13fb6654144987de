using FluentValidation;
using MimeKit;

namespace Partner.Infrastructure.GreenhouseAssessment.Email;

/// <summary>Checks the Email section at start; messages name the configuration key.</summary>
public sealed class EmailOptionsValidator : AbstractValidator<EmailOptions>
{
    public EmailOptionsValidator()
    {
        RuleFor(o => o.Smtp.Port).InclusiveBetween(1, 65535).When(o => o.UsesSmtp).WithMessage("Email:Smtp:Port must be between 1 and 65535.");
        RuleFor(o => o.Smtp.From).Must(from => from is not null && MailboxAddress.TryParse(from, out _))
            .WithMessage("Email:Smtp:From must be an e-mail address, e.g. \"Partner <no-reply@example.com>\".");
    }
}
