namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// One record as the aggregation sees it: the typed values of up to three dimension fields and four measured fields,
/// read from the value table by left joins (a missing value is null). Only the slots in use are joined and set; the others
/// are never read.
/// </summary>
internal sealed class AggregateFact
{
    public Guid RecordId { get; init; }
    public string? Status { get; init; }
    public DateTime CreatedAt { get; init; }

    public string? T0 { get; init; }
    public double? N0 { get; init; }
    public DateTime? D0 { get; init; }
    public string? T1 { get; init; }
    public double? N1 { get; init; }
    public DateTime? D1 { get; init; }
    public string? T2 { get; init; }
    public double? N2 { get; init; }
    public DateTime? D2 { get; init; }

    public double? M0 { get; init; }
    public double? M1 { get; init; }
    public double? M2 { get; init; }
    public double? M3 { get; init; }

    /// <summary>The text of a measured field, for distinct counts (a link's or member's display name).</summary>
    public string? S0 { get; init; }
    public string? S1 { get; init; }
    public string? S2 { get; init; }
    public string? S3 { get; init; }
}

/// <summary>A group's key: per dimension a text or a period number (one of them set, by the dimension's kind).</summary>
internal sealed class AggregateKey
{
    public string? T0 { get; init; }
    public int? P0 { get; init; }
    public string? T1 { get; init; }
    public int? P1 { get; init; }
    public string? T2 { get; init; }
    public int? P2 { get; init; }
}

/// <summary>A group's count and the aggregates its measure slots ask for, computed by the database in one pass (the rest stay default).</summary>
internal sealed class AggregateTotals
{
    public AggregateKey Key { get; init; } = default!;
    public int Count { get; init; }
    public double? Sum0 { get; init; }
    public double? Sum1 { get; init; }
    public double? Sum2 { get; init; }
    public double? Sum3 { get; init; }
    public double? Avg0 { get; init; }
    public double? Avg1 { get; init; }
    public double? Avg2 { get; init; }
    public double? Avg3 { get; init; }
    public double? Min0 { get; init; }
    public double? Min1 { get; init; }
    public double? Min2 { get; init; }
    public double? Min3 { get; init; }
    public double? Max0 { get; init; }
    public double? Max1 { get; init; }
    public double? Max2 { get; init; }
    public double? Max3 { get; init; }
    public int Distinct0 { get; init; }
    public int Distinct1 { get; init; }
    public int Distinct2 { get; init; }
    public int Distinct3 { get; init; }
}
