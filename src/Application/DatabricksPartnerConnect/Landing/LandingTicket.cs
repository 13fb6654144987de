using Partner.Application.Common.Exceptions;
using Partner.Application.DatabricksPartnerConnect.Interfaces;
using Partner.Domain.Common;
using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

internal static class LandingTicket
{
    /// <summary>The ticket of a landing-page token, which must have been issued for that page.</summary>
    public static RedirectTicket Read(IOpaqueTokenService tokens, string? token, RedirectValue page)
    {
        var ticket = ReadAny(tokens, token);
        return LandingPaths.For(ticket.RedirectValue) == LandingPaths.For(page) ? ticket : throw Invalid();
    }

    public static RedirectTicket ReadAny(IOpaqueTokenService tokens, string? token) =>
        (string.IsNullOrEmpty(token) ? null : tokens.Read<RedirectTicket>(RedirectTicket.Purpose, token)) ?? throw Invalid();

    private static PartnerException Invalid() =>
        new(ErrorReason.BadRequest, "This link is invalid or has expired. Open the partner again from Databricks Partner Connect.");
}
