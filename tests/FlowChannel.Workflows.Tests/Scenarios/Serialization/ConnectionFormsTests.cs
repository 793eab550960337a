using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class ConnectionFormsTests
{
    private static readonly string TwoLines = $"{WriteLine("a", "first")}, {WriteLine("b", "second")}";

    [Fact]
    public void Current_form_connections_are_read()
    {
        var definition = Read(TwoLines, Connection("a", "b"));
        Assert.Equal(new Connection("a", "Done", "b", "In"), Assert.Single(definition.Root.Connections));
    }

    [Fact]
    public void Legacy_flat_connections_are_read()
    {
        var definition = Read(TwoLines, """{ "source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In" }""");
        Assert.Equal(new Connection("a", "Done", "b", "In"), Assert.Single(definition.Root.Connections));
    }

    [Fact]
    public void Connections_inside_a_values_wrapper_are_read()
    {
        var json = Json(TwoLines, "").Replace("\"connections\": []", """
            "connections": { "$values": [ { "source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In" } ] }
            """, StringComparison.Ordinal);
        var definition = Read(json);
        Assert.Equal(new Connection("a", "Done", "b", "In"), Assert.Single(definition.Root.Connections));
    }

    [Fact]
    public void Missing_ports_default_to_Done_and_In()
    {
        var definition = Read(TwoLines, """{ "source": { "activity": "a" }, "target": { "activity": "b" } }""");
        Assert.Equal(new Connection("a", "Done", "b", "In"), Assert.Single(definition.Root.Connections));
    }

    [Fact]
    public void Connection_to_a_missing_activity_is_dropped_with_a_warning()
    {
        var result = ElsaJsonReader.Read(Json(TwoLines, $"{Connection("a", "b")}, {Connection("b", "ghost")}"), Registry);

        Assert.True(result.IsValid);
        Assert.Single(result.Definition!.Root.Connections);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("/root/connections/1", warning.Pointer);
        Assert.Contains("ghost", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_forms_run_the_same_flow()
    {
        var current = Read(TwoLines, Connection("a", "b"));
        var legacy = Read(TwoLines, """{ "source": "a", "target": "b", "sourcePort": "Done" }""");

        Assert.Equal(["first", "second"], WorkflowHarness.Lines(WorkflowHarness.Start(current).State));
        Assert.Equal(["first", "second"], WorkflowHarness.Lines(WorkflowHarness.Start(legacy).State));
    }
}
