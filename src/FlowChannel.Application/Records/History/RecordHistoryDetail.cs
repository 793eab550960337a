using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Application.Records.History;

/// <summary>
/// How a record's changes are written into the audit trail: the action names, and the detail of a change as JSON
/// <c>{"changes":[{"field":"amount","old":1,"new":2}]}</c> with one entry per top-level field whose value differs.
/// The trail is append-only and chained, so the history read back from it cannot be quietly rewritten.
/// </summary>
public static class RecordHistoryDetail
{
    public const string Updated = "record.update";
    public const string Deleted = "record.delete";
    public const string Restored = "record.restore";

    /// <summary>The detail of a change from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static string Of(JsonObject before, JsonObject after)
    {
        var changes = new JsonArray();
        foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Order(StringComparer.Ordinal))
        {
            var (old, now) = (before[key], after[key]);
            if (!JsonNode.DeepEquals(old, now))
            {
                changes.Add(new JsonObject { ["field"] = key, ["old"] = old?.DeepClone(), ["new"] = now?.DeepClone() });
            }
        }
        return new JsonObject { ["changes"] = changes }.ToJsonString();
    }

    /// <summary>The field changes in a detail written by <see cref="Of"/>; none for any other detail (older entries held field names only).</summary>
    public static IReadOnlyList<FieldChange> Read(string? detail)
    {
        if (detail is null || !detail.StartsWith('{'))
        {
            return [];
        }
        try
        {
            return JsonNode.Parse(detail)?["changes"] is JsonArray changes
                ? [.. changes.OfType<JsonObject>().Select(c => new FieldChange(c["field"]!.GetValue<string>(), c["old"]?.DeepClone(), c["new"]?.DeepClone()))]
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

/// <summary>One field's value before and after a change.</summary>
public sealed record FieldChange(string Field, JsonNode? Old, JsonNode? New);
