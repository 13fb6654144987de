namespace Partner.TestSupport;

/// <summary>This repository's root: the directory of Partner.sln above the test build.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Partner.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Partner.sln not found above " + AppContext.BaseDirectory);
    }
}
