namespace Partner.WebApi.OpenApi;

/// <summary>OpenApi:Enabled (default true): serve /swagger and the OpenAPI document; false removes both.</summary>
public static class OpenApiSettings
{
    public const string EnabledKey = "OpenApi:Enabled";
}
