using Microsoft.Extensions.Options;

namespace Partner.Infrastructure.Persistence;

/// <summary>Reading ConnectionStrings:Partner with the provider's own builder: a malformed one is a configuration error, one line.</summary>
internal static class ConnectionStrings
{
    public static string Parse(string connectionString, string provider, Func<string, string> build)
    {
        try
        {
            return build(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new OptionsValidationException("ConnectionStrings:Partner", typeof(DatabaseOptions),
                [$"ConnectionStrings:Partner is not a valid {provider} connection string: {ex.Message.ReplaceLineEndings(" ")}"]);
        }
    }
}
