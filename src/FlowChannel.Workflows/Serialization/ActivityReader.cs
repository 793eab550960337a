using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>Reads one activity of a flowchart; known types get their inputs, outputs and own properties parsed.</summary>
internal static class ActivityReader
{
    public static ActivityNode? Read(JsonNode? node, string pointer, ReadSession session)
    {
        if (node is not JsonObject json)
        {
            session.Error(pointer, "An activity must be an object.");
            return null;
        }

        var id = JsonRead.String(json["id"]);
        var type = JsonRead.String(json["type"]);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(type))
        {
            session.Error(pointer, "An activity needs an 'id' and a 'type'.");
            return null;
        }

        // Elsa 3.0 wrote canStartWorkflow beside the activity's properties; later versions moved it into customProperties.
        var canStart = JsonRead.Boolean((json["customProperties"] as JsonObject)?["canStartWorkflow"])
            ?? JsonRead.Boolean(json["canStartWorkflow"])
            ?? false;
        if (!session.Registry.TryGet(type, out var activity))
        {
            session.AddMissingType(type);
            UnsupportedExpressionScan.Warn(json, pointer, session);
            return new ActivityNode { Id = id, Name = JsonRead.String(json["name"]), Type = type, CanStartWorkflow = canStart, JsonPointer = pointer, Source = json };
        }

        var inputs = ReadInputs(json, pointer, activity, session);
        var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        activity.Read(new ActivityReadContext(session, json, pointer, inputs, properties, canStart));
        return new ActivityNode
        {
            Id = id,
            Name = JsonRead.String(json["name"]),
            Type = type,
            IsKnown = true,
            CanStartWorkflow = canStart,
            Inputs = inputs,
            Outputs = ReadOutputs(json, pointer, activity, session),
            Properties = properties,
            JsonPointer = pointer,
            Source = json,
        };
    }

    private static Dictionary<string, ActivityInput> ReadInputs(JsonObject json, string pointer, WorkflowActivity activity, ReadSession session)
    {
        var inputs = new Dictionary<string, ActivityInput>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in activity.Inputs)
        {
            var inputPointer = JsonPointer.Append(pointer, descriptor.Name);
            if (ExpressionReader.ReadInput(json[descriptor.Name], inputPointer, descriptor, session) is { } input)
            {
                inputs[descriptor.Name] = input;
            }
        }

        return inputs;
    }

    private static Dictionary<string, string> ReadOutputs(JsonObject json, string pointer, WorkflowActivity activity, ReadSession session)
    {
        var outputs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in activity.Outputs)
        {
            if (json[name] is not JsonObject output || JsonRead.String((output["memoryReference"] as JsonObject)?["id"]) is not { } reference)
            {
                continue;
            }

            if (session.FindVariable(reference) is { } variable)
            {
                outputs[name] = variable.Name;
            }
            else
            {
                session.Warning(JsonPointer.Append(pointer, name), $"Output '{name}' refers to '{reference}', which is not a workflow variable; the value is not stored.");
            }
        }

        return outputs;
    }
}
