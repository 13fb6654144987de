using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Partner.Application.DatabricksSelfTesting;

/// <summary>The self-testing use cases need nothing beyond the handlers the assembly scan finds and the shared
/// Databricks settings; the entry point is here so that the module has one place to grow.</summary>
public static class DatabricksSelfTestingModule
{
    public static IServiceCollection AddDatabricksSelfTesting(this IServiceCollection services, IConfiguration configuration) => services;
}
