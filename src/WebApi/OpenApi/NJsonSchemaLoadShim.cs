using System.Reflection;
using System.Runtime.Loader;

namespace Partner.WebApi.OpenApi;

/// <summary>NSwag 14.8.0 asks for NJsonSchema.NewtonsoftJson 11.6.2, which our package source lacks (docs/decisions/0002-nswag-load-context-shim.md).</summary>
public static class NJsonSchemaLoadShim
{
    private static int _installed;

    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1)
        {
            return;
        }

        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name == "NJsonSchema.NewtonsoftJson" ? context.LoadFromAssemblyName(new AssemblyName(name.Name)) : null;
    }
}
