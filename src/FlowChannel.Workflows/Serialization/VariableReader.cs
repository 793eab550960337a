using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Workflows.Serialization;

/// <summary>Reads <c>variables</c> arrays (of the definition and of its flowchart) into the session.</summary>
internal static class VariableReader
{
    public static void ReadAll(JsonNode? node, string pointer, ReadSession session)
    {
        if (node is null)
        {
            return;
        }

        var items = JsonRead.Items(node, pointer);
        if (items is null)
        {
            session.Error(pointer, "'variables' must be an array.");
            return;
        }

        foreach (var (item, itemPointer) in items)
        {
            if (Read(item, itemPointer, session) is { } variable)
            {
                session.AddVariable(variable, itemPointer);
                try
                {
                    VariableValues.Initial(variable);
                }
                catch (WorkflowFaultException e)
                {
                    session.Error(JsonPointer.Append(itemPointer, "value"), e.Message);
                }
            }
        }
    }

    private static VariableDefinition? Read(JsonNode? node, string pointer, ReadSession session)
    {
        if (node is not JsonObject json || JsonRead.String(json["name"]) is not { Length: > 0 } name)
        {
            session.Error(pointer, "A variable needs a name.");
            return null;
        }

        var id = JsonRead.String(json["id"]);
        if (string.IsNullOrEmpty(id))
        {
            session.Warning(pointer, $"Variable '{name}' has no id; its name is used as id.");
            id = name;
        }

        // Elsa always writes the value as a string; anything else is kept as its JSON text.
        var valueNode = json["value"];
        var value = valueNode is null ? null : JsonRead.String(valueNode) ?? valueNode.ToJsonString();
        return new VariableDefinition(
            id,
            name,
            JsonRead.String(json["typeName"]) ?? "Object",
            JsonRead.Boolean(json["isArray"]) ?? false,
            value,
            JsonRead.String(json["storageDriverTypeName"]));
    }
}
