using System.Text.Json.Nodes;
using FlowChannel.Application.Records;

namespace FlowChannel.Application.Workflows.HostAnswers;

/// <summary>Orders found records by a field: numbers as numbers, everything else as ordinal text; empty values last.</summary>
internal static class RecordOrder
{
    public static IEnumerable<FoundRecord> ByField(IEnumerable<FoundRecord> records, string field, bool descending)
    {
        var keyed = records.Select(r => (Record: r, Key: r.Data[field])).ToList();
        var present = keyed.Where(k => JsonValueText.Of(k.Key) is { Length: > 0 });
        var empty = keyed.Where(k => JsonValueText.Of(k.Key) is not { Length: > 0 });
        var comparer = Comparer<JsonNode?>.Create(Compare);
        var ordered = descending ? present.OrderByDescending(k => k.Key, comparer) : present.OrderBy(k => k.Key, comparer);
        return ordered.Concat(empty).Select(k => k.Record);
    }

    private static int Compare(JsonNode? a, JsonNode? b) =>
        JsonValueText.TryNumber(a, out var x) && JsonValueText.TryNumber(b, out var y)
            ? x.CompareTo(y)
            : string.CompareOrdinal(JsonValueText.Of(a), JsonValueText.Of(b));
}
