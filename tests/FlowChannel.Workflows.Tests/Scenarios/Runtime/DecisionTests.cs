using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class DecisionTests
{
    private static WorkflowDefinition Decide(string condition) => Read(
        $"{Decision("d", condition)}, {WriteLine("yes", "yes")}, {WriteLine("no", "no")}",
        $"{Connection("d", "yes", "True")}, {Connection("d", "no", "False")}",
        $"[{Variable("Amount", "Int32", "120")}]");

    [Theory]
    [InlineData("getAmount() > 100", "yes")]
    [InlineData("getAmount() > 1000", "no")]
    [InlineData("variables.Amount % 2 === 0 && isNullOrEmpty('')", "yes")]
    public void Decision_follows_the_port_of_its_condition(string condition, string expected)
    {
        var result = WorkflowHarness.Start(Decide(condition));

        Assert.Equal([expected], WorkflowHarness.Lines(result.State));
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(expected == "yes" ? ["True"] : ["False"], result.State.Journal.Single(e => e.ActivityId == "d").Outcomes);
    }

    private static WorkflowDefinition Switch(string mode) => Read(
        $$"""
        { "id": "s", "type": "Elsa.FlowSwitch", {{Input("mode", "Literal", mode)}},
          "cases": [
            { "label": "Big", "condition": { "type": "JavaScript", "value": "getAmount() > 100" } },
            { "label": "Even", "condition": { "type": "JavaScript", "value": "getAmount() % 2 === 0" } },
            { "label": "Small", "condition": { "type": "JavaScript", "value": "getAmount() < 10" } } ] },
        {{WriteLine("big", "big")}}, {{WriteLine("even", "even")}}, {{WriteLine("small", "small")}}, {{WriteLine("other", "other")}}
        """,
        $"{Connection("s", "big", "Big")}, {Connection("s", "even", "Even")}, {Connection("s", "small", "Small")}, {Connection("s", "other", "Default")}",
        $"[{Variable("Amount", "Int32", "120")}]");

    [Fact]
    public void Switch_MatchFirst_takes_the_first_true_case() =>
        Assert.Equal(["big"], WorkflowHarness.Lines(WorkflowHarness.Start(Switch("MatchFirst")).State));

    [Fact]
    public void Switch_MatchAny_takes_every_true_case() =>
        Assert.Equal(["big", "even"], WorkflowHarness.Lines(WorkflowHarness.Start(Switch("MatchAny")).State));

    [Fact]
    public void Switch_without_a_true_case_takes_Default()
    {
        var definition = Read(
            $$"""{{Activity("s", "Elsa.FlowSwitch", """ "cases": [ { "label": "Never", "condition": { "type": "JavaScript", "value": "false" } } ] """)}}, {{WriteLine("other", "other")}}""",
            Connection("s", "other", "Default"));

        Assert.Equal(["other"], WorkflowHarness.Lines(WorkflowHarness.Start(definition).State));
    }
}
