using Partner.Domain.DatabricksPartnerConnect.Connections;

namespace Partner.Application.DatabricksPartnerConnect.Landing;

/// <summary>What a redirect_uri's opaque token carries: ids only, never an e-mail address or a secret.</summary>
public sealed record RedirectTicket(RedirectValue RedirectValue, Guid AccountId, Guid? UserId, Guid? ConnectionId)
{
    public const string Purpose = "Partner.Landing.RedirectTicket.v1";
}
