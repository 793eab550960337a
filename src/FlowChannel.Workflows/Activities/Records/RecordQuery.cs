using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Records;

/// <summary>One test of a record's field: <see cref="Operator"/> is one of <see cref="RecordQuery.Operators"/>.</summary>
public sealed record RecordFilter(string Field, string Operator, JsonNode? Value);

/// <summary>
/// What <c>FlowChannel.QueryRecords</c> asks the host to read, carried in its bookmark payload
/// (<c>{ kind: "query", formId, filter: [{ field, op, value }], orderBy, descending, limit }</c>) so that the host
/// answering it and a person reading an open bookmark see the same thing.
/// </summary>
public sealed record RecordQuery(string FormId, IReadOnlyList<RecordFilter> Filters, string OrderBy, bool Descending, int Limit)
{
    public const string BookmarkKind = "query";
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>Order by when the record was created (the default) or last changed, instead of by a field.</summary>
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";

    public static readonly IReadOnlyList<string> Operators = ["eq", "ne", "gt", "gte", "lt", "lte", "contains"];

    public JsonObject ToPayload() => new()
    {
        [BookmarkPayloads.KindProperty] = BookmarkKind,
        ["formId"] = FormId,
        ["filter"] = new JsonArray([.. Filters.Select(f => (JsonNode)new JsonObject { ["field"] = f.Field, ["op"] = f.Operator, ["value"] = f.Value?.DeepClone() })]),
        ["orderBy"] = OrderBy,
        ["descending"] = Descending,
        ["limit"] = Limit,
    };

    /// <summary>The query of a bookmark payload written by <see cref="ToPayload"/>; null for any other payload.</summary>
    public static RecordQuery? FromPayload(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (BookmarkPayloads.KindOf(payload) != BookmarkKind || !JsonScalars.TryGetString(payload["formId"], out var formId))
        {
            return null;
        }

        var filters = (payload["filter"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(f => new RecordFilter((string?)f["field"] ?? string.Empty, (string?)f["op"] ?? "eq", f["value"]?.DeepClone()))
            .ToList();
        var limit = JsonScalars.TryGetDouble(payload["limit"], out var number) ? (int)number : DefaultLimit;
        return new RecordQuery(formId, filters, (string?)payload["orderBy"] ?? CreatedAt,
            JsonScalars.TryGetBoolean(payload["descending"], out var descending) && descending, limit);
    }

    /// <summary>
    /// Reads a filter object: <c>{ "region": "华东", "amount": { "gte": 100, "lt": 500 } }</c>. A plain value means
    /// equals; an object holds operators. Returns the problem instead of throwing, for the caller to name the input.
    /// </summary>
    public static IReadOnlyList<RecordFilter> ParseFilter(JsonObject? filter, out string? problem)
    {
        problem = null;
        var filters = new List<RecordFilter>();
        foreach (var (field, test) in filter ?? [])
        {
            if (test is not JsonObject operators)
            {
                filters.Add(new RecordFilter(field, "eq", test?.DeepClone()));
                continue;
            }

            foreach (var (op, value) in operators)
            {
                if (!Operators.Contains(op))
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"field '{field}' has the unknown operator '{op}'; use {string.Join(", ", Operators)}");
                    return [];
                }

                filters.Add(new RecordFilter(field, op, value?.DeepClone()));
            }
        }

        return filters;
    }
}
