namespace Partner.WebApi.DatabricksSelfTesting;

/// <summary>The self-testing endpoints need only the admin authentication Operations registers; the entry point is here
/// so that the module has one place to grow.</summary>
public static class DatabricksSelfTestingModule
{
    public static IServiceCollection AddDatabricksSelfTestingWebApi(this IServiceCollection services) => services;
}
