using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities;

namespace FlowChannel.Workflows.Serialization;

/// <summary>
/// Reads Elsa 3 workflow-definition JSON (as exported by Elsa Studio): property names in any case, both connection
/// forms, <c>$values</c> wrappers. Problems are reported by JSON pointer; unknown activity types are kept and listed
/// in <c>MissingActivityTypes</c>; connections to missing activities are dropped with a warning.
/// </summary>
public static class ElsaJsonReader
{
    public static WorkflowReadResult Read(string json, ActivityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(registry);
        var session = new ReadSession(registry);
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json, JsonRead.NodeOptions, JsonRead.DocumentOptions);
        }
        catch (JsonException e)
        {
            session.Error(string.Empty, InvalidJson(e));
            return session.Result(null);
        }
        catch (ArgumentException e)
        {
            // Raised for a property written twice (names compare case-insensitively here).
            session.Error(string.Empty, $"Invalid JSON: {e.Message}");
            return session.Result(null);
        }

        if (document is not JsonObject root)
        {
            session.Error(string.Empty, "A workflow definition must be a JSON object.");
            return session.Result(null);
        }

        return session.Result(DefinitionReader.Read(root, session));
    }

    private static string InvalidJson(JsonException e)
    {
        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;

        // System.Text.Json appends its own zero-based position; ours is one-based like an editor's.
        var reason = e.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return $"Invalid JSON at line {line}, column {column}: {(cut > 0 ? reason[..cut] : reason)}";
    }
}
