using Partner.Application.Common.Outbound;
using Partner.Application.GreenhouseAssessment.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.GreenhouseAssessment;

namespace Partner.Application.GreenhouseAssessment.TestInstances.Commands.SendTest;

/// <summary>
/// Shape of send_test (contract's required fields; an invalid e-mail is 400). The candidate's e-mail is accepted exactly
/// when the mailer can send to it (<see cref="IMailboxValidator"/>), so nothing accepted ends as an undeliverable message;
/// the completion url when the outbound URL policy lets the service call it (<see cref="OutboundUrlPolicy"/>).
/// </summary>
public sealed class SendTestCommandValidator : AbstractValidator<SendTestCommand>
{
    public SendTestCommandValidator(IMailboxValidator mailboxes, OutboundUrlPolicy outbound)
    {
        ArgumentNullException.ThrowIfNull(mailboxes);
        ArgumentNullException.ThrowIfNull(outbound);
        RuleFor(c => c.OrganizationId).NotEmpty();
        this.RuleForField(c => c.PartnerTestId).NotEmpty().MaximumLength(AssessmentTest.PartnerTestIdMaxLength);
        // A name reaches the candidate's e-mail and pages: no line breaks, escapes or other control characters in it.
        this.RuleForField(c => c.Candidate.FirstName).NotEmpty().MaximumLength(GreenhouseRules.NameMaxLength).Must(GreenhouseRules.HasNoControlCharacters)
            .WithMessage("candidate.first_name must not contain line breaks or other control characters.");
        this.RuleForField(c => c.Candidate.PreferredName).MaximumLength(GreenhouseRules.NameMaxLength)
            .Must(n => n is null || GreenhouseRules.HasNoControlCharacters(n))
            .WithMessage("candidate.preferred_name must be at most 200 characters, without line breaks or other control characters.");
        this.RuleForField(c => c.Candidate.LastName).NotEmpty().MaximumLength(GreenhouseRules.NameMaxLength).Must(GreenhouseRules.HasNoControlCharacters)
            .WithMessage("candidate.last_name must not contain line breaks or other control characters.");
        this.RuleForField(c => c.Candidate.Email).NotEmpty().MaximumLength(GreenhouseRules.EmailMaxLength).Must(mailboxes.IsSendableAddress)
            .WithMessage("candidate.email must be a bare e-mail address, such as kate@example.com.");
        this.RuleForField(c => c.Candidate.GreenhouseProfileUrl).NotEmpty().MaximumLength(GreenhouseRules.UrlMaxLength)
            .Must(HttpUrl.IsAbsolute)
            .WithMessage("candidate.greenhouse_profile_url must be an absolute http(s) URL of at most 2048 characters.");
        this.RuleForField(c => c.Candidate.ResumeUrl).MaximumLength(GreenhouseRules.UrlMaxLength).Must(HttpUrl.IsAbsolute)
            .When(c => c.Candidate.ResumeUrl is not null)
            .WithMessage("candidate.resume_url must be an absolute http(s) URL of at most 2048 characters.");
        this.RuleForField(c => c.Candidate.PhoneNumber).MaximumLength(TextLimits.PhoneNumber).Must(GreenhouseRules.IsPhoneNumber)
            .When(c => !string.IsNullOrEmpty(c.Candidate.PhoneNumber))
            .WithMessage("candidate.phone_number must be a phone number: digits, spaces and + ( ) - . /, at least 3 digits, an extension after x or ext; at most 50 characters.");
        this.RuleForField(c => c.SentBy).MaximumLength(GreenhouseRules.EmailMaxLength).Must(mailboxes.IsSendableAddress)
            .When(c => !string.IsNullOrEmpty(c.SentBy))
            .WithMessage("sent_by must be an e-mail address, such as recruiter@example.com.");
        this.RuleForField(c => c.Url).MaximumLength(GreenhouseRules.UrlMaxLength).Must(HttpUrl.IsAbsolute)
            .When(c => c.Url is not null)
            .WithMessage("url must be an absolute http(s) URL of at most 2048 characters.")
            .DependentRules(() => RuleFor(c => c.Url).Custom((url, context) =>
            {
                if (outbound.Refusal(OutboundDestination.GreenhouseCallback, new Uri(url!)) is { } refusal)
                {
                    context.AddFailure("url", refusal);
                }
            }).When(c => c.Url is not null));
    }
}
