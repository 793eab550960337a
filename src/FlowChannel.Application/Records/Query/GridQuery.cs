using System.Text.Json.Nodes;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// What a records grid asks for: filters (all must hold), sort keys, a search over the records' text values, the columns
/// to return, and a page. The JSON body of <c>POST /api/forms/{id}/records/query</c> and of a saved view; see docs/records-query.md.
/// </summary>
public sealed record GridQuery
{
    public IReadOnlyList<GridFilter> Filters { get; init; } = [];

    /// <summary>Sort keys in order; newest first when empty. Records without a value for a key come after those with one.</summary>
    public IReadOnlyList<GridSort> Sort { get; init; } = [];

    /// <summary>Words looked for (case-insensitively, as a substring) in every text value of the record the caller may see.</summary>
    public string? Search { get; init; }

    /// <summary>The fields to return (top-level keys); all visible fields when empty.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;

    /// <summary>
    /// Count every match for the total. Otherwise counting stops after <c>FlowChannel:Grid:CountUpTo</c> matches (1,000 by
    /// default, at least to the end of the page) and the page says there are more (<c>totalIsExact: false</c>).
    /// </summary>
    public bool ExactTotal { get; init; }

    /// <summary>IANA or Windows time-zone id in which date presets (today, this week…) are reckoned; UTC when absent.</summary>
    public string? TimeZone { get; init; }
}

/// <summary>
/// One condition on a field: <c>amount</c>, a subform column <c>items.qty</c> (any row matches), a field of the record a
/// link points at <c>product.category</c>, or a record property <c>$status</c>, <c>$createdAt</c>, <c>$updatedAt</c>.
/// </summary>
/// <param name="Field">The field path.</param>
/// <param name="Op">One of <see cref="GridOperators"/>.</param>
/// <param name="Value">A string, number or boolean; an array for <c>in</c> and <c>between</c>; a preset name for <c>preset</c>; none for <c>empty</c>/<c>notEmpty</c>.</param>
public sealed record GridFilter(string Field, string Op, JsonNode? Value = null);

/// <summary>One sort key: a field, a subform column (its first row) or a record property.</summary>
public sealed record GridSort(string Field, bool Desc = false);

/// <summary>The filter operators.</summary>
public static class GridOperators
{
    public const string Contains = "contains";
    public const string NotContains = "notContains";
    public const string Equal = "eq";
    public const string NotEqual = "ne";
    public const string Greater = "gt";
    public const string GreaterOrEqual = "gte";
    public const string Less = "lt";
    public const string LessOrEqual = "lte";
    public const string Between = "between";
    public const string In = "in";
    public const string NotIn = "notIn";
    public const string Empty = "empty";
    public const string NotEmpty = "notEmpty";
    public const string Preset = "preset";
}

/// <summary>Record properties a grid can filter and sort on besides the form's fields.</summary>
public static class GridRecordFields
{
    public const string Status = "$status";
    public const string CreatedAt = "$createdAt";
    public const string UpdatedAt = "$updatedAt";
}
