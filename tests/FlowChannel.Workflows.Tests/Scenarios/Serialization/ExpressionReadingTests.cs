using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Serialization;

public sealed class ExpressionReadingTests
{
    private static ActivityInput TextInput(string property)
    {
        var definition = Read(Activity("w", "Elsa.WriteLine", property), "", $"[{Variable("Count", "Int32", "5")}]");
        return definition.Root.Activities[0].Inputs["text"];
    }

    [Theory]
    [InlineData("CSharp", "C#")]
    [InlineData("Python", "Python")]
    [InlineData("Secret", "Secret")]
    public void Unsupported_languages_are_errors_naming_the_language(string type, string language)
    {
        var result = ElsaJsonReader.Read(Json(Activity("w", "Elsa.WriteLine", Input("text", type, "Text")), ""), Registry);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/root/activities/0/text", error.Pointer);
        Assert.StartsWith($"{language} expressions are not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_expression_type_is_an_error()
    {
        var result = ElsaJsonReader.Read(Json(Activity("w", "Elsa.WriteLine", Input("text", "Handlebars", "x")), ""), Registry);
        Assert.Contains("Handlebars", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_expression_type_means_Literal()
    {
        var input = TextInput("""  "text": { "typeName": "String", "expression": { "value": "plain" } }  """);
        Assert.Equal(ExpressionType.Literal, input.Expression.Type);
        Assert.Equal("plain", input.Expression.Value!.GetValue<string>());
    }

    [Fact]
    public void Bare_value_is_a_Literal() =>
        Assert.Equal(ExpressionType.Literal, TextInput("""  "text": "bare"  """).Expression.Type);

    [Fact]
    public void Json_expression_is_read_as_parsed_Object()
    {
        var input = TextInput(Input("text", "Json", """{"a":[1,2]}""", "Object"));
        Assert.Equal(ExpressionType.Object, input.Expression.Type);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":[1,2]}"""), input.Expression.Value));
    }

    [Fact]
    public void Variable_expression_written_as_json_text_resolves_to_the_variable()
    {
        var input = TextInput(Input("text", "Variable", """{"id":"Count-id","name":"Count","typeName":"Int32"}"""));
        Assert.Equal(new WorkflowExpression(ExpressionType.Variable, Text: "Count"), input.Expression);
    }

    [Fact]
    public void Input_object_without_typeName_is_ignored_with_a_warning()
    {
        var result = ElsaJsonReader.Read(
            Json(Activity("w", "Elsa.WriteLine", """ "text": { "expression": { "type": "Literal", "value": "x" } } """), ""), Registry);

        Assert.True(result.IsValid);
        Assert.Empty(result.Definition!.Root.Activities[0].Inputs);
        Assert.Equal("/root/activities/0/text", Assert.Single(result.Warnings).Pointer);
    }

    [Fact]
    public void Variable_and_Object_expressions_evaluate_to_their_values()
    {
        var definition = Read(
            $"{Activity("a", "Elsa.WriteLine", Input("text", "Variable", "Count"))}, {Activity("b", "Elsa.WriteLine", Input("text", "Object", "[\"x\",1]", "Object"))}",
            Connection("a", "b"),
            $"[{Variable("Count", "Int32", "5")}]");

        Assert.Equal(["5", "[\"x\",1]"], WorkflowHarness.Lines(WorkflowHarness.Start(definition).State));
    }

    [Fact]
    public void Input_expression_reads_the_workflow_input()
    {
        var definition = Read(Activity("a", "Elsa.WriteLine", Input("text", "Input", """{"name":"customer"}""")), "");
        var state = WorkflowHarness.Start(definition, new JsonObject { ["customer"] = "Acme" }).State;
        Assert.Equal(["Acme"], WorkflowHarness.Lines(state));
    }
}
