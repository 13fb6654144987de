namespace Partner.Application.UnitTests.Configuration;

/// <summary>Files of this repository, found by walking up from the test binaries to Partner.sln.</summary>
internal static class RepositoryFiles
{
    public static string ShippedPartnerConfig => Path.Combine(Root, "src", "WebApi", "partner-config.json");

    public static string Sources => Path.Combine(Root, "src");

    /// <summary>The hand-written C# files below src (or below src/<paramref name="project"/>): no build output, no migrations.</summary>
    public static IEnumerable<string> CSharpSources(string? project = null) =>
        Directory.EnumerateFiles(project is null ? Sources : Path.Combine(Sources, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Partner.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Partner.sln not found above " + TestContext.CurrentContext.TestDirectory);
        }
    }
}
