using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Runtime;

public sealed class ScriptingTests
{
    private static string Say(string id, string type, string text) => Activity(id, "Elsa.WriteLine", Input("text", type, text));

    private static List<string?> Run(string activities, string connections, string variables = "[]", JsonObject? input = null) =>
        WorkflowHarness.Lines(WorkflowHarness.Runner.Start(
            Read(activities, connections, variables),
            new StartWorkflowRequest("instance-9", input ?? [], WorkflowHarness.Now) { CorrelationId = "order-5" }).State);

    [Fact]
    public void Liquid_sees_variables_input_and_identity()
    {
        var lines = Run(
            Say("w", "Liquid", "{{ Variables.Customer | upcase }} ordered {{ Input.items.size }} items ({{ CorrelationId }}, {{ WorkflowInstanceId }}, {{ WorkflowDefinitionId }})"),
            "",
            $"[{Variable("Customer", "String", "acme")}]",
            new JsonObject { ["items"] = new JsonArray(1, 2, 3) });

        Assert.Equal(["ACME ordered 3 items (order-5, instance-9, test)"], lines);
    }

    [Fact]
    public void Liquid_loops_and_conditions_work()
    {
        var lines = Run(
            Say("w", "Liquid", "{% for item in Input.items %}{% if item > 1 %}{{ item }};{% endif %}{% endfor %}"),
            "",
            input: new JsonObject { ["items"] = new JsonArray(1, 2, 3) });

        Assert.Equal(["2;3;"], lines);
    }

    [Fact]
    public void Variable_getters_setters_and_the_variables_object_agree()
    {
        var lines = Run(
            $"{Activity("run", "Elsa.RunJavaScript", Input("script", "Literal", "setFirstName('Ada'); variables.Age = variables.Age + 1; setVariable('last_name', 'Lovelace');"))}, " +
            Say("w", "JavaScript", "`${getFirstName()} ${getLastName()} ${getVariable('Age')} ${typeof variables.first_name}`"),
            Connection("run", "w"),
            $"[{Variable("FirstName", "String")}, {Variable("Age", "Int32", "35")}, {Variable("last_name", "String")}]");

        Assert.Equal(["Ada Lovelace 36 undefined"], lines);
    }

    [Fact]
    public void Input_and_identity_functions_are_available()
    {
        var lines = Run(
            Say("w", "JavaScript", "[getInput('order').total, getWorkflowInstanceId(), getWorkflowDefinitionId(), getCorrelationId(), isNullOrEmpty(''), isNullOrWhiteSpace(' x'), toJson({ a: 1 }), newGuid().length].join('|')"),
            "",
            input: new JsonObject { ["order"] = new JsonObject { ["total"] = 99.5 } });

        Assert.Equal(["99.5|instance-9|test|order-5|true|false|{\"a\":1}|36"], lines);
    }

    [Fact]
    public void Scripts_cannot_change_the_workflow_input()
    {
        var lines = Run(
            $"{Activity("run", "Elsa.RunJavaScript", Input("script", "Literal", "const o = getInput('order'); o.total = 0;"))}, {Say("w", "JavaScript", "getInput('order').total")}",
            Connection("run", "w"),
            input: new JsonObject { ["order"] = new JsonObject { ["total"] = 10 } });

        Assert.Equal(["10"], lines);
    }

    [Theory]
    [InlineData("setOutcome('Big')", "big")]
    [InlineData("setOutcomes(['Big', 'Small'])", "big,small")]
    [InlineData("1 + 1", "done")]
    public void RunJavaScript_completes_with_the_outcomes_it_sets(string script, string expected)
    {
        var lines = Run(
            $"{Activity("run", "Elsa.RunJavaScript", Input("script", "Literal", script))}, {Say("big", "Literal", "big")}, {Say("small", "Literal", "small")}, {Say("done", "Literal", "done")}",
            $"{Connection("run", "big", "Big")}, {Connection("run", "small", "Small")}, {Connection("run", "done", "Done")}");

        Assert.Equal(expected.Split(','), lines);
    }

    [Fact]
    public void RunJavaScript_result_goes_to_its_output_variable_and_to_later_scripts()
    {
        var lines = Run(
            $$"""
            { "id": "calc", "name": "Calculate", "type": "Elsa.RunJavaScript", {{Input("script", "Literal", "return { total: 6 * 7 };")}},
              "result": { "typeName": "Object", "memoryReference": { "id": "Result-id" } } },
            {{Say("w", "JavaScript", "`${getResult().total} ${getLastResult().total} ${getOutputFrom('Calculate').total}`")}}
            """,
            Connection("calc", "w"),
            $"[{Variable("Result", "Object")}]");

        Assert.Equal(["42 42 42"], lines);
    }

    [Fact]
    public void setOutcome_outside_RunJavaScript_faults()
    {
        var definition = Read(Say("w", "JavaScript", "setOutcome('X')"), "");
        var incident = Assert.Single(WorkflowHarness.Start(definition).State.Incidents);
        Assert.Contains("only available in Elsa.RunJavaScript", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Correlate_SetName_and_setCorrelationId_update_the_instance()
    {
        var definition = Read(
            $"{Activity("c", "Elsa.Correlate", Input("correlationId", "Literal", "first"))}, {Activity("n", "Elsa.SetName", Input("value", "Liquid", "Order {{ CorrelationId }}"))}, " +
            Activity("j", "Elsa.RunJavaScript", Input("script", "Literal", "setCorrelationId(getCorrelationId() + '-2')")),
            $"{Connection("c", "n")}, {Connection("n", "j")}");

        var state = WorkflowHarness.Start(definition).State;

        Assert.Equal("Order first", state.Name);
        Assert.Equal("first-2", state.CorrelationId);
    }
}
