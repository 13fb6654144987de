namespace Partner.WebApi.Routing;

/// <summary>The PartnerConfig endpoints a Databricks action can be routed by.</summary>
public enum PartnerEndpoint
{
    Connect,
    GetConnectors,
    TestConnection,
    DeleteAccount,
    ExpireAccount,
    DeleteConnection,
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class PartnerEndpointAttribute(PartnerEndpoint endpoint) : Attribute
{
    public PartnerEndpoint Endpoint { get; } = endpoint;
}
