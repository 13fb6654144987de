using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Partner.Application.DatabricksSelfTesting;

/// <summary>Nothing to register beyond the assembly scan yet; the module's one place to grow.</summary>
public static class DatabricksSelfTestingModule
{
    public static IServiceCollection AddDatabricksSelfTesting(this IServiceCollection services, IConfiguration configuration) => services;
}
