using FlowChannel.Application.Records.Query;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// What a dashboard widget asks of one form's records: the records that pass the filters (and the caller's data scope),
/// grouped by up to three dimensions, each group measured. The JSON body of <c>POST /api/forms/{id}/aggregate</c> and
/// the data part of a widget definition; see docs/dashboards.md.
/// </summary>
public sealed record AggregateQuery
{
    public const int MaxDimensions = 3;
    public const int MaxMeasures = 4;
    public const int MaxGroups = 5000;

    /// <summary>Conditions every counted record meets, as in the records grid.</summary>
    public IReadOnlyList<GridFilter> Filters { get; init; } = [];

    /// <summary>The group keys, outermost first; none gives one total row.</summary>
    public IReadOnlyList<AggregateDimension> Dimensions { get; init; } = [];

    /// <summary>What is computed per group; at least one.</summary>
    public IReadOnlyList<AggregateMeasure> Measures { get; init; } = [];

    /// <summary>IANA or Windows time-zone id for date presets in filters; UTC when absent.</summary>
    public string? TimeZone { get; init; }
}

/// <summary>A group key: a field (or <c>$status</c>, <c>$createdAt</c>); a date field needs a <see cref="Granularity"/>.</summary>
/// <param name="Field">A top-level field or record property.</param>
/// <param name="Granularity">For dates: <c>year</c>, <c>quarter</c>, <c>month</c> or <c>day</c>.</param>
public sealed record AggregateDimension(string Field, string? Granularity = null);

/// <summary>A computed value per group.</summary>
/// <param name="Key">The name the result reports it under (and a calculated measure's formula refers to).</param>
/// <param name="Aggregate">One of <see cref="Aggregates"/>.</param>
/// <param name="Field">The field measured: a number for sum/avg/min/max, any field for distinctCount; none for count.</param>
public sealed record AggregateMeasure(string Key, string Aggregate, string? Field = null);

/// <summary>The aggregate functions.</summary>
public static class Aggregates
{
    public const string Count = "count";
    public const string Sum = "sum";
    public const string Average = "avg";
    public const string Min = "min";
    public const string Max = "max";
    public const string DistinctCount = "distinctCount";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Count, Sum, Average, Min, Max, DistinctCount };
}

/// <summary>The groups, in key order, each with its measures in the order they were asked for.</summary>
/// <param name="Dimensions">The dimension fields, in order.</param>
/// <param name="Measures">The measure keys, in order.</param>
/// <param name="Rows">One per group; a group's key is null where its records have no value.</param>
public sealed record AggregateResult(IReadOnlyList<string> Dimensions, IReadOnlyList<string> Measures, IReadOnlyList<AggregateRow> Rows);

/// <param name="Keys">The group's key per dimension: text, a date period (<c>2026</c>, <c>2026-Q3</c>, <c>2026-07</c>, <c>2026-07-15</c>) or null.</param>
/// <param name="Values">Per measure; null when a group has no value to measure (an average of nothing).</param>
public sealed record AggregateRow(IReadOnlyList<string?> Keys, IReadOnlyList<decimal?> Values);
