using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Serialization;

/// <summary>
/// Reads connections in the current form (<c>{ source: { activity, port }, target: { activity, port } }</c>) and the
/// legacy flat form (<c>{ source, target, sourcePort, targetPort }</c>).
/// </summary>
internal static class ConnectionReader
{
    private const string DefaultTargetPort = "In";

    public static List<Connection> ReadAll(JsonNode? node, string pointer, HashSet<string> activityIds, ReadSession session)
    {
        var connections = new List<Connection>();
        if (node is null)
        {
            return connections;
        }

        var items = JsonRead.Items(node, pointer);
        if (items is null)
        {
            session.Error(pointer, "'connections' must be an array.");
            return connections;
        }

        foreach (var (item, itemPointer) in items)
        {
            if (Read(item, itemPointer, session) is not { } connection)
            {
                continue;
            }

            var missing = new[] { connection.SourceId, connection.TargetId }.FirstOrDefault(id => !activityIds.Contains(id));
            if (missing is not null)
            {
                session.Warning(itemPointer, $"The connection {connection.SourceId} → {connection.TargetId} refers to the missing activity '{missing}' and is dropped.");
                continue;
            }

            connections.Add(connection);
        }

        return connections;
    }

    private static Connection? Read(JsonNode? node, string pointer, ReadSession session)
    {
        if (node is not JsonObject json)
        {
            session.Error(pointer, "A connection must be an object.");
            return null;
        }

        string? source, target, sourcePort, targetPort;
        if (json["source"] is JsonObject sourceEnd)
        {
            source = JsonRead.String(sourceEnd["activity"]);
            sourcePort = JsonRead.String(sourceEnd["port"]);
            var targetEnd = json["target"] as JsonObject;
            target = JsonRead.String(targetEnd?["activity"]);
            targetPort = JsonRead.String(targetEnd?["port"]);
        }
        else
        {
            source = JsonRead.String(json["source"]);
            target = JsonRead.String(json["target"]);
            sourcePort = JsonRead.String(json["sourcePort"]);
            targetPort = JsonRead.String(json["targetPort"]);
        }

        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(target))
        {
            session.Error(pointer, "A connection needs a source and a target activity.");
            return null;
        }

        return new Connection(
            source,
            string.IsNullOrEmpty(sourcePort) ? ActivityResult.DoneOutcome : sourcePort,
            target,
            string.IsNullOrEmpty(targetPort) ? DefaultTargetPort : targetPort);
    }
}
