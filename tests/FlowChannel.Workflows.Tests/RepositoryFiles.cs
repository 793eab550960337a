namespace FlowChannel.Workflows.Tests;

/// <summary>Finds files in the repository checkout, whose root is the folder holding <c>FlowChannel.sln</c>.</summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string WorkflowDefinition(string name) => Path.Combine(Root, "workflow-definitions", name);

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
