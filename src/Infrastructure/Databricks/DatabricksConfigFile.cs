namespace Partner.Infrastructure.Databricks;

/// <summary>Reads ~/.databrickscfg as the Databricks CLI does: keys are case-insensitive, profile names are not.</summary>
public static class DatabricksConfigFile
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var profiles = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1].Trim();
                if (!profiles.TryGetValue(name, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    profiles[name] = current;
                }

                continue;
            }

            // Like Python's configparser (which the Databricks CLI uses): the first '=' or ':' separates key and value,
            // so "host = https://..." keeps the URL's ':'.
            var separator = line.IndexOfAny(['=', ':']);
            if (current is null || separator <= 0)
            {
                continue;
            }

            current[line[..separator].Trim()] = line[(separator + 1)..].Trim();
        }

        return profiles.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal);
    }
}
