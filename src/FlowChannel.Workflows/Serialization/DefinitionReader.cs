using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>Reads the top level of a definition: header, variables, inputs and the root flowchart.</summary>
internal static class DefinitionReader
{
    public static WorkflowDefinition? Read(JsonObject json, ReadSession session)
    {
        var id = Required(json, "id", session);
        var definitionId = Required(json, "definitionId", session);
        var version = 1;
        if (json["version"] is { } versionNode)
        {
            version = JsonRead.Int32(versionNode) ?? 1;
            if (JsonRead.Int32(versionNode) is null or < 1)
            {
                session.Error("/version", "The version must be a whole number of at least 1.");
            }
        }

        VariableReader.ReadAll(json["variables"], "/variables", session);
        var inputs = ReadInputs(json["inputs"], session);
        if (json["root"] is not JsonObject root)
        {
            session.Error("/root", "The definition has no root activity; Elsa Studio designs an Elsa.Flowchart root.");
            return null;
        }

        var flowchart = FlowchartReader.Read(root, "/root", session);
        if (id is null || definitionId is null || flowchart is null)
        {
            return null;
        }

        return new WorkflowDefinition
        {
            Id = id,
            DefinitionId = definitionId,
            Name = JsonRead.String(json["name"]) ?? definitionId,
            Description = JsonRead.String(json["description"]),
            Version = version,
            IsPublished = JsonRead.Boolean(json["isPublished"]) ?? false,
            Variables = [.. session.Variables],
            Inputs = inputs,
            Root = flowchart,
            Source = json,
            MissingActivityTypes = [.. session.MissingTypes],
        };
    }

    private static string? Required(JsonObject json, string name, ReadSession session)
    {
        var value = JsonRead.String(json[name]);
        if (string.IsNullOrWhiteSpace(value))
        {
            session.Error($"/{name}", $"'{name}' is required.");
            return null;
        }

        return value;
    }

    private static List<InputDefinition> ReadInputs(JsonNode? node, ReadSession session)
    {
        var inputs = new List<InputDefinition>();
        foreach (var (item, pointer) in JsonRead.Items(node, "/inputs") ?? [])
        {
            if (item is JsonObject input && JsonRead.String(input["name"]) is { Length: > 0 } name)
            {
                inputs.Add(new InputDefinition(name, JsonRead.String(input["type"]), JsonRead.String(input["displayName"])));
            }
            else
            {
                session.Warning(pointer, "A workflow input needs a name; this one is ignored.");
            }
        }

        return inputs;
    }
}
