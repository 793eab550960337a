using System.Text.Json;

namespace FlowChannel.Workflows.Tests.Scenarios.Expressions;

/// <summary>
/// Runs <c>expression-globals.json</c> with a chosen Prepare script and Probe expression, as instance
/// <c>instance-9</c> correlated to <c>order-5</c>, with the inputs <c>order</c> and <c>city</c>.
/// </summary>
internal static class ExpressionGlobals
{
    public static WorkflowInstanceState Run(string probeType, string probe, string script = "null")
    {
        var json = ScenarioFiles.Text("Expressions", "expression-globals.json")
            .Replace("__SCRIPT__", Escape(script), StringComparison.Ordinal)
            .Replace("__TYPE__", probeType, StringComparison.Ordinal)
            .Replace("__PROBE__", Escape(probe), StringComparison.Ordinal);
        var input = new JsonObject { ["order"] = new JsonObject { ["total"] = 99.5, ["items"] = new JsonArray("a", "b") }, ["city"] = "杭州" };
        return WorkflowHarness.Runner.Start(
            Flowcharts.Read(json),
            new StartWorkflowRequest("instance-9", input, WorkflowHarness.Now) { CorrelationId = "order-5" }).State;
    }

    /// <summary>The text Probe wrote; fails the test, showing the incident, when the instance faulted instead.</summary>
    public static string? Line(WorkflowInstanceState state)
    {
        Assert.True(state.Incidents.Count == 0, string.Join(Environment.NewLine, state.Incidents.Select(i => i.Message)));
        return Assert.Single(WorkflowHarness.Lines(state));
    }

    /// <summary>The one incident of a faulted instance.</summary>
    public static WorkflowIncident Incident(WorkflowInstanceState state)
    {
        Assert.Equal(WorkflowSubStatus.Faulted, state.SubStatus);
        return Assert.Single(state.Incidents);
    }

    // The placeholders sit inside JSON strings, so the replacement must be JSON-escaped without its quotes.
    private static string Escape(string text) => JsonSerializer.Serialize(text)[1..^1];
}
