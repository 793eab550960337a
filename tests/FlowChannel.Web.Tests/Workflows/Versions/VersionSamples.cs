using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Workflows.Versions;

/// <summary>
/// A form-submitted → manager approval → end flow as Elsa JSON, with a variable, for comparing versions: each test
/// changes a copy the way a designer would.
/// </summary>
internal static class VersionSamples
{
    public static string Json(string definitionId, int version = 1) => $$"""
        {
          "id": "{{definitionId}}-v{{version}}", "definitionId": "{{definitionId}}", "name": "Expense approval", "version": {{version}},
          "variables": [ { "id": "v1", "name": "Amount", "typeName": "Decimal", "isArray": false, "value": "0" } ],
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "start", "name": "Submitted", "type": "FlowChannel.FormSubmitted", "version": 1,
                "customProperties": { "canStartWorkflow": true },
                "formId": { "typeName": "String", "expression": { "type": "Literal", "value": "expense-claim" } },
                "metadata": { "designer": { "position": { "x": 40, "y": 40 } } } },
              { "id": "manager", "name": "Manager approval", "type": "FlowChannel.Approval", "version": 1,
                "title": { "typeName": "String", "expression": { "type": "Literal", "value": "Approve the claim" } },
                "role": { "typeName": "String", "expression": { "type": "Literal", "value": "manager" } },
                "mode": { "typeName": "String", "expression": { "type": "Literal", "value": "any" } },
                "metadata": { "designer": { "position": { "x": 280, "y": 40 } } } },
              { "id": "done", "name": "Done", "type": "Elsa.End", "version": 1,
                "metadata": { "designer": { "position": { "x": 520, "y": 40 } } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "manager", "port": "In" }, "vertices": [] },
              { "source": { "activity": "manager", "port": "Approved" }, "target": { "activity": "done", "port": "In" }, "vertices": [] }
            ]
          }
        }
        """;

    public static JsonObject Definition(string definitionId = "expense-approval") => JsonNode.Parse(Json(definitionId))!.AsObject();

    public static JsonArray Activities(JsonObject definition) => definition["root"]!["activities"]!.AsArray();

    public static JsonArray Connections(JsonObject definition) => definition["root"]!["connections"]!.AsArray();

    public static JsonObject Activity(JsonObject definition, string id) =>
        Activities(definition).OfType<JsonObject>().Single(a => (string?)a["id"] == id);

    public static JsonObject Literal(string typeName, string value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    public static void Move(JsonObject activity, double x, double y) =>
        activity["metadata"]!["designer"]!["position"] = new JsonObject { ["x"] = x, ["y"] = y };
}
