using MimeKit;
using Partner.Application.GreenhouseAssessment.Interfaces;

namespace Partner.Infrastructure.GreenhouseAssessment.Email;

/// <summary>
/// <see cref="IMailboxValidator"/> with MimeKit's own strict address parser, the one <see cref="MailKitEmailSender"/>
/// sends with: an address is accepted only when it parses to itself, as a bare address.
/// </summary>
public sealed class MailKitMailboxValidator : IMailboxValidator
{
    private static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    public bool IsSendableAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && MailboxAddress.TryParse(Strict, address, out var mailbox)
        && string.IsNullOrEmpty(mailbox.Name)
        && mailbox.Route.Count == 0
        && string.Equals(mailbox.Address, address, StringComparison.Ordinal)
        && mailbox.Domain.Length > 0
        && !mailbox.Domain.StartsWith('[');
}
