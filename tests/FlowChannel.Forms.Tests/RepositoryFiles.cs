namespace FlowChannel.Forms.Tests;

/// <summary>Finds files in the repository checkout, whose root is the folder holding <c>FlowChannel.sln</c>.</summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string FormSchemas => Path.Combine(Root, "form-schemas");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FlowChannel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No FlowChannel.sln above {AppContext.BaseDirectory}.");
    }
}
