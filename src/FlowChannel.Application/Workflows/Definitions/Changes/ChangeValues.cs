using System.Text.Json.Nodes;

namespace FlowChannel.Application.Workflows.Definitions.Changes;

/// <summary>How a value of Elsa JSON reads in a change list: an input as its literal or as "JavaScript: script".</summary>
internal static class ChangeValues
{
    /// <summary>Long scripts and JSON documents are cut here: the list says what changed, the version itself holds the rest.</summary>
    public const int MaxLength = 200;

    public static string? Describe(JsonNode? value)
    {
        var text = value switch
        {
            null => null,
            JsonObject input when input["expression"] is JsonObject expression => Expression(expression),
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => value.ToJsonString(),
        };
        return text is { Length: > MaxLength } ? string.Concat(text.AsSpan(0, MaxLength), "…") : text;
    }

    /// <summary>Each member of <paramref name="names"/> (all members when null) that differs, except <paramref name="ignored"/>.</summary>
    public static List<ValueChange> Differences(JsonObject? before, JsonObject? after, IEnumerable<string>? names = null, string prefix = "", params string[] ignored)
    {
        before ??= [];
        after ??= [];
        names ??= before.Select(p => p.Key).Union(after.Select(p => p.Key), StringComparer.Ordinal);
        return [.. names.Where(n => !ignored.Contains(n, StringComparer.Ordinal) && !Same(before[n], after[n]))
            .Select(n => new ValueChange(prefix + n, Describe(before[n]), Describe(after[n])))];
    }

    /// <summary>
    /// Equal as a workflow means it: an input's <c>memoryReference</c> is an id Elsa Studio makes up afresh on export,
    /// so it does not count.
    /// </summary>
    public static bool Same(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(WithoutMemory(a), WithoutMemory(b));

    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString();

    private static JsonNode? WithoutMemory(JsonNode? node)
    {
        if (node is not JsonObject o || !o.ContainsKey("memoryReference"))
        {
            return node;
        }
        var copy = (JsonObject)o.DeepClone();
        copy.Remove("memoryReference");
        return copy;
    }

    private static string? Expression(JsonObject expression)
    {
        var type = Text(expression["type"]) ?? "Literal";
        var value = Text(expression["value"]);
        return type == "Literal" ? value : $"{type}: {value}";
    }
}
