namespace Partner.Application.Common.Outbound;

/// <summary>Both settings exist for tests against local fake servers (docs/operations.md "Outbound calls").</summary>
public sealed class OutboundOptions
{
    public const string Section = "Outbound";

    /// <summary>Permits http:// for calls made on someone else's word (completion url, a connection's workspace).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Permits loopback, private, link-local and other non-public destinations (checked after DNS resolution).</summary>
    public bool AllowPrivateAddresses { get; set; }
}
