using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class LoopTests
{
    [Fact]
    public void Counter_loop_runs_until_its_decision_is_true()
    {
        // The shape of Elsa's own implicit-loop.json: legacy connections and a backward connection.
        var definition = Read(
            $$"""
            {{SetVariable("increment", "Counter", "getCounter() + 1")}}, {{WriteLine("done", "Done")}}, {{WriteLine("retry", "Retry")}},
            {{WriteLine("work", "Do something")}}, {{Decision("check", "getCounter() > 1")}}, {{Activity("start", "Elsa.Start")}}
            """,
            """
            { "source": "work", "target": "increment", "sourcePort": "Done", "targetPort": "In" },
            { "source": "check", "target": "done", "sourcePort": "True", "targetPort": "In" },
            { "source": "check", "target": "retry", "sourcePort": "False", "targetPort": "In" },
            { "source": "start", "target": "work", "sourcePort": "Done", "targetPort": "In" },
            { "source": "retry", "target": "work", "sourcePort": "Done", "targetPort": "In" },
            { "source": "increment", "target": "check", "sourcePort": "Done", "targetPort": "In" }
            """,
            $"[{Variable("Counter", "Int32", "0")}]");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(["Do something", "Retry", "Do something", "Done"], WorkflowHarness.Lines(result.State));
        Assert.Equal(2, result.State.Variables["Counter"]!.GetValue<long>());
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
    }

    [Fact]
    public void Loop_body_with_an_inner_join_runs_every_round()
    {
        var definition = Read(
            $"{SetVariable("inc", "N", "getN() + 1")}, {Decision("even", "getN() % 2 === 0")}, {WriteLine("e", "even")}, {WriteLine("o", "odd")}, {Decision("more", "getN() < 4")}",
            $"{Connection("inc", "even")}, {Connection("even", "e", "True")}, {Connection("even", "o", "False")}, {Connection("e", "more")}, {Connection("o", "more")}, {Connection("more", "inc", "True")}",
            $"[{Variable("N", "Int32", "0")}]");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(["odd", "even", "odd", "even"], WorkflowHarness.Lines(result.State));
        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
    }

    [Fact]
    public void Endless_loop_is_faulted_after_the_execution_cap()
    {
        var definition = Read(
            $"{SetVariable("inc", "N", "getN() + 1")}, {Decision("never", "getN() < 0")}",
            $"{Connection("inc", "never")}, {Connection("never", "inc", "False")}",
            $"[{Variable("N", "Int32", "0")}]");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Contains("loop forever", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
        Assert.True(result.State.Journal.Count <= WorkflowRunner.MaxJournalEntries);
    }
}
