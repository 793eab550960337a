namespace FlowChannel.Workflows.Tests;

/// <summary>Builds small Elsa 3 definitions as JSON, the way Studio writes them, for scenario tests.</summary>
internal static class Flowcharts
{
    public static ActivityRegistry Registry { get; } = ActivityRegistry.CreateDefault();

    public static string Json(string activities, string connections, string variables = "[]") => $$"""
        {
          "id": "test-v1", "definitionId": "test", "name": "Test", "version": 1,
          "variables": {{variables}},
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [{{activities}}], "connections": [{{connections}}] }
        }
        """;

    public static WorkflowDefinition Read(string json)
    {
        var result = ElsaJsonReader.Read(json, Registry);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Definition!;
    }

    public static WorkflowDefinition Read(string activities, string connections, string variables = "[]") =>
        Read(Json(activities, connections, variables));

    public static string Variable(string name, string typeName = "Int32", string? value = null) =>
        $$"""{ "id": "{{name}}-id", "name": "{{name}}", "typeName": "{{typeName}}"{{(value is null ? "" : $", \"value\": \"{value}\"")}} }""";

    public static string Connection(string source, string target, string port = "Done") =>
        $$"""{ "source": { "activity": "{{source}}", "port": "{{port}}" }, "target": { "activity": "{{target}}", "port": "In" } }""";

    public static string Activity(string id, string type, string properties = "") =>
        $$"""{ "id": "{{id}}", "type": "{{type}}"{{(properties.Length > 0 ? ", " + properties : "")}} }""";

    public static string Input(string name, string type, string value, string typeName = "String") =>
        $$"""
        "{{name}}": { "typeName": "{{typeName}}", "expression": { "type": "{{type}}", "value": {{System.Text.Json.JsonSerializer.Serialize(value)}} } }
        """;

    public static string WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", Input("text", "Literal", text));

    public static string Decision(string id, string condition) =>
        Activity(id, "Elsa.FlowDecision", Input("condition", "JavaScript", condition, "Boolean"));

    public static string SetVariable(string id, string variable, string script) =>
        Activity(id, "Elsa.SetVariable", $$"""
            "variable": { "id": "{{variable}}-id", "name": "{{variable}}" }, {{Input("value", "JavaScript", script, "Object")}}
            """);
}
