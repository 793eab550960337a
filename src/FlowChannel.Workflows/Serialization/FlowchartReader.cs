using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>Reads the root <c>Elsa.Flowchart</c>: its activities, then the connections between them.</summary>
internal static class FlowchartReader
{
    public const string FlowchartType = "Elsa.Flowchart";

    public static ActivityNode? Read(JsonObject json, string pointer, ReadSession session)
    {
        var type = JsonRead.String(json["type"]);
        if (!string.Equals(type, FlowchartType, StringComparison.OrdinalIgnoreCase))
        {
            session.Error(JsonPointer.Append(pointer, "type"), $"The root activity must be an {FlowchartType}, not '{type}'.");
            return null;
        }

        VariableReader.ReadAll(json["variables"], JsonPointer.Append(pointer, "variables"), session);
        var activities = ReadActivities(json["activities"], JsonPointer.Append(pointer, "activities"), session);
        var ids = activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var connections = ConnectionReader.ReadAll(json["connections"], JsonPointer.Append(pointer, "connections"), ids, session);
        return new ActivityNode
        {
            Id = JsonRead.String(json["id"]) ?? "Flowchart1",
            Name = JsonRead.String(json["name"]),
            Type = FlowchartType,
            IsKnown = true,
            Activities = activities,
            Connections = connections,
            JsonPointer = pointer,
            Source = json,
        };
    }

    private static List<ActivityNode> ReadActivities(JsonNode? node, string pointer, ReadSession session)
    {
        var activities = new List<ActivityNode>();
        var items = JsonRead.Items(node, pointer);
        if (items is null)
        {
            session.Error(pointer, "The flowchart needs an 'activities' array.");
            return activities;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPointer) in items)
        {
            if (ActivityReader.Read(item, itemPointer, session) is not { } activity)
            {
                continue;
            }

            if (!ids.Add(activity.Id))
            {
                session.Error(JsonPointer.Append(itemPointer, "id"), $"Another activity already has the id '{activity.Id}'.");
                continue;
            }

            activities.Add(activity);
        }

        return activities;
    }
}
