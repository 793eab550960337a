namespace FlowChannel.TestSupport;

/// <summary>Locations inside the repository, found from the test assembly's output directory.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest directory above the test output that holds <c>FlowChannel.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path inside the repository, e.g. <c>RepositoryPaths.Combine("form-schemas")</c>.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FlowChannel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Could not find FlowChannel.sln in '{AppContext.BaseDirectory}' or any directory above it.");
    }
}
