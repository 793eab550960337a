using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class FaultTests
{
    [Fact]
    public void Endless_script_faults_the_instance_instead_of_hanging()
    {
        var definition = Read(
            $"{WriteLine("before", "before")}, {Activity("spin", "Elsa.RunJavaScript", Input("script", "Literal", "while (true) {}"))}, {WriteLine("after", "after")}",
            $"{Connection("before", "spin")}, {Connection("spin", "after")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowStatus.Finished, result.State.Status);
        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal(("spin", "Elsa.RunJavaScript"), (incident.ActivityId, incident.ActivityType));
        Assert.Contains("statements", incident.Message, StringComparison.Ordinal);
        Assert.Equal(["before"], WorkflowHarness.Lines(result.State));
        Assert.Contains(result.State.Journal, e => e.ActivityId == "spin" && e.Status == ActivityStatus.Faulted);
    }

    [Fact]
    public void Script_with_a_syntax_error_faults_naming_the_activity()
    {
        // The reader refuses such a script at import; a definition built in code must still fault, not throw.
        var broken = new ActivityNode
        {
            Id = "say",
            Name = "SayTotal",
            Type = "Elsa.WriteLine",
            IsKnown = true,
            Inputs = new Dictionary<string, ActivityInput>
            {
                ["text"] = new("text", "String", new WorkflowExpression(ExpressionType.JavaScript, Text: "'total: ' +")),
            },
            Source = [],
        };
        var definition = new WorkflowDefinition
        {
            Id = "code-v1",
            DefinitionId = "code",
            Name = "Built in code",
            Root = new ActivityNode { Id = "flow", Type = "Elsa.Flowchart", IsKnown = true, Activities = [broken], Source = [] },
            Source = [],
        };

        var result = WorkflowHarness.Start(definition);

        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal(("say", "Elsa.WriteLine"), (incident.ActivityId, incident.ActivityType));
        Assert.Contains("text: JavaScript syntax error at line 1", incident.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
    }

    [Fact]
    public void Runtime_script_error_names_the_input_and_the_cause()
    {
        var definition = Read(Decision("d", "missingFunction() > 1"), "");

        var incident = Assert.Single(WorkflowHarness.Start(definition).State.Incidents);

        Assert.Equal("d", incident.ActivityId);
        Assert.StartsWith("condition: JavaScript error", incident.Message, StringComparison.Ordinal);
        Assert.Contains("missingFunction is not defined", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault_activity_faults_with_its_code_and_message()
    {
        var definition = Read(
            Activity("fault", "Elsa.Fault", $"{Input("code", "Literal", "CREDIT")}, {Input("message", "Liquid", "Credit check failed for {{ Input.company }}")}"),
            "");

        var result = WorkflowHarness.Start(definition, new JsonObject { ["company"] = "Acme" });

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Equal("[CREDIT] Credit check failed for Acme", Assert.Single(result.State.Incidents).Message);
    }

    [Fact]
    public void Value_that_does_not_fit_the_variable_type_faults()
    {
        var definition = Read(SetVariable("set", "Count", "'many'"), "", $"[{Variable("Count")}]");

        var incident = Assert.Single(WorkflowHarness.Start(definition).State.Incidents);

        Assert.Contains("Count", incident.Message, StringComparison.Ordinal);
        Assert.Contains("Int32", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault_clears_open_bookmarks()
    {
        var definition = Read(
            $$"""{ "id": "fork", "type": "Elsa.FlowFork", "branches": ["Wait", "Fail"] }, {{Activity("approve", "FlowChannel.Approval")}}, {{Activity("fault", "Elsa.Fault")}}""",
            $"{Connection("fork", "approve", "Wait")}, {Connection("fork", "fault", "Fail")}");

        var result = WorkflowHarness.Start(definition);

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.State.Bookmarks);
        Assert.Empty(result.CreatedBookmarks);
    }
}
