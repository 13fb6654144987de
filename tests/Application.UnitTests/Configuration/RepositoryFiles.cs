namespace Partner.Application.UnitTests.Configuration;

/// <summary>Files of this repository, found by walking up from the test binaries to Partner.sln.</summary>
internal static class RepositoryFiles
{
    public static string ShippedPartnerConfig => Path.Combine(Root, "src", "WebApi", "partner-config.json");

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
