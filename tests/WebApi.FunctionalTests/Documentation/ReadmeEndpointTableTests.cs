using System.Net;
using System.Text.RegularExpressions;

namespace Partner.WebApi.FunctionalTests.Documentation;

/// <summary>The README's endpoint table lists every operation of the OpenAPI document, once, and nothing else.</summary>
public sealed partial class ReadmeEndpointTableTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private readonly PartnerApiFactory _factory = PartnerApiFactory.Shared;

    [Test]
    public async Task EndpointTable_AndOpenApiDocument_ListTheSameOperations()
    {
        var documented = ReadmeOperations();
        var served = await OpenApiOperations();

        var notInReadme = Missing(served, documented);
        var notInDocument = Missing(documented, served);
        var twice = documented.GroupBy(o => o.Key).Where(g => g.Count() > 1).Select(g => g.First().Text).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(documented, Is.Not.Empty, "no rows found under the README's \"## Endpoints\"");
            Assert.That(notInReadme, Is.Empty, "In the OpenAPI document, missing from the README's endpoint table:" + Lines(notInReadme));
            Assert.That(notInDocument, Is.Empty, "In the README's endpoint table, not in the OpenAPI document:" + Lines(notInDocument));
            Assert.That(twice, Is.Empty, "Listed twice in the README's endpoint table:" + Lines(twice));
        });
    }

    // The rule: the API is the table right under "## Endpoints", up to the next heading, one row per operation starting
    // "| `METHOD` | `/path` |". Path parameters compare by position only ({id} = {organizationId}). Pages outside the
    // OpenAPI document (health, the Swagger UI) are in a table under a later heading, which is not read.
    private static List<Operation> ReadmeOperations()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"));
        var start = Array.IndexOf(lines, "## Endpoints");
        Assert.That(start, Is.Not.Negative, "README.md has no \"## Endpoints\" section");
        return lines.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith('#'))
            .Select(line => TableRow().Match(line))
            .Where(row => row.Success)
            .Select(row => new Operation(row.Groups["method"].Value, row.Groups["path"].Value))
            .ToList();
    }

    private async Task<List<Operation>> OpenApiOperations()
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync("/swagger/v1/swagger.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var document = await response.ReadJsonAsync();
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(operation => HttpMethods.Contains(operation.Key))
                .Select(operation => new Operation(operation.Key.ToUpperInvariant(), path.Key)))
            .ToList();
    }

    private static List<string> Missing(List<Operation> from, List<Operation> within) =>
        from.Where(o => within.All(w => w.Key != o.Key)).Select(o => o.Text).Order(StringComparer.Ordinal).ToList();

    private static string Lines(List<string> operations) => string.Concat(operations.Select(o => "\n  " + o));

    [GeneratedRegex(@"^\|\s*`(?<method>[A-Z]+)`\s*\|\s*`(?<path>/[^`]*)`\s*\|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathParameter();

    /// <summary>One operation: <see cref="Key"/> compares (path parameters blanked), <see cref="Text"/> is as written.</summary>
    private sealed record Operation(string Method, string Path)
    {
        public string Key => $"{Method} {PathParameter().Replace(Path, "{}")}";

        public string Text => $"{Method} {Path}";
    }
}
