namespace FlowChannel.Workflows.Tests;

/// <summary>Definitions kept as Elsa JSON files beside the scenario tests that run them.</summary>
internal static class ScenarioFiles
{
    public static string Text(string area, string name) =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "FlowChannel.Workflows.Tests", "Scenarios", area, name));

    public static WorkflowDefinition Read(string area, string name) => Flowcharts.Read(Text(area, name));
}
