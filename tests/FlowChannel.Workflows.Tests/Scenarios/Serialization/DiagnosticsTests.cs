using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class DiagnosticsTests
{
    private static WorkflowDiagnostic SingleError(string json)
    {
        var result = ElsaJsonReader.Read(json, Registry);
        Assert.False(result.IsValid);
        Assert.Null(result.Definition);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Invalid_json_reports_line_and_column()
    {
        var error = SingleError("{\n  \"id\": \"x\",\n  \"name\": }");
        Assert.Equal(string.Empty, error.Pointer);
        Assert.Contains("line 3, column 11", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_definition_id_is_reported_at_its_pointer()
    {
        var error = SingleError(Json(WriteLine("a", "x"), "").Replace("\"definitionId\": \"test\",", "", StringComparison.Ordinal));
        Assert.Equal("/definitionId", error.Pointer);
    }

    [Fact]
    public void Root_that_is_not_a_flowchart_is_reported()
    {
        var error = SingleError(Json(WriteLine("a", "x"), "").Replace("Elsa.Flowchart", "Elsa.Sequence", StringComparison.Ordinal));
        Assert.Equal("/root/type", error.Pointer);
    }

    [Fact]
    public void Duplicate_activity_id_is_reported()
    {
        var error = SingleError(Json($"{WriteLine("a", "x")}, {WriteLine("a", "y")}", ""));
        Assert.Equal("/root/activities/1/id", error.Pointer);
    }

    [Fact]
    public void JavaScript_syntax_error_is_reported_at_the_input_with_line_and_column()
    {
        var error = SingleError(Json($"{WriteLine("a", "x")}, {Decision("d", "getCount() >")}", "", $"[{Variable("Count")}]"));
        Assert.Equal("/root/activities/1/condition", error.Pointer);
        Assert.Contains("line 1, column 13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Liquid_syntax_error_is_reported_at_the_input()
    {
        var error = SingleError(Json(Activity("w", "Elsa.WriteLine", Input("text", "Liquid", "Hi {{ Variables.Count | }}")), ""));
        Assert.Equal("/root/activities/0/text", error.Pointer);
        Assert.Contains("Liquid syntax error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetVariable_of_an_unknown_variable_is_reported()
    {
        var error = SingleError(Json(SetVariable("s", "Missing", "1"), ""));
        Assert.Equal("/root/activities/0/variable", error.Pointer);
    }

    [Fact]
    public void Initial_value_that_does_not_fit_the_type_is_reported()
    {
        var error = SingleError(Json(WriteLine("a", "x"), "", $"[{Variable("Count", "Int32", "many")}]"));
        Assert.Equal("/variables/0/value", error.Pointer);
        Assert.Contains("Count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunJavaScript_literal_script_is_syntax_checked()
    {
        var error = SingleError(Json(Activity("run", "Elsa.RunJavaScript", Input("script", "Literal", "setOutcome('A'")), ""));
        Assert.Equal("/root/activities/0/script", error.Pointer);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var json = Json($"{Decision("d1", "(")}, {Decision("d2", ")")}", "");
        Assert.Equal(2, ElsaJsonReader.Read(json, Registry).Errors.Count);
    }
}
