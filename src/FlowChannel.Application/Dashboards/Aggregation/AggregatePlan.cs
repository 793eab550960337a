using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Dashboards.Aggregation;

/// <summary>
/// An aggregation checked against the form and the caller's rights and laid out on the fixed slots of
/// <see cref="AggregateSql"/>: which value-table key each dimension and measure reads, and how each group's totals
/// become a result row.
/// </summary>
internal sealed class AggregatePlan
{
    private static readonly Dictionary<string, DimensionKind> Granularities = new(StringComparer.Ordinal)
    {
        ["year"] = DimensionKind.Year, ["quarter"] = DimensionKind.Quarter, ["month"] = DimensionKind.Month, ["day"] = DimensionKind.Day,
    };

    private AggregatePlan(List<(DimensionKind, bool)> slots, string[] dimensionKeys, string[] measureKeys, IReadOnlyList<AggregateMeasure> measures)
    {
        Slots = slots;
        DimensionKeys = dimensionKeys;
        MeasureKeys = measureKeys;
        _measures = measures;
    }

    private readonly IReadOnlyList<AggregateMeasure> _measures;

    public IReadOnlyList<(DimensionKind Kind, bool FromCreatedAt)> Slots { get; }

    public string[] DimensionKeys { get; }

    public string[] MeasureKeys { get; }

    /// <summary>The aggregate each measure slot asks for, so the statement computes only those.</summary>
    public IReadOnlyList<string> MeasureAggregates => [.. _measures.Select(m => m.Aggregate ?? "")];

    public static async Task<AggregatePlan> BuildAsync(AggregateQuery query, FormSchema schema, GridFieldResolver resolver, List<FieldError> errors, CancellationToken ct)
    {
        var slots = new List<(DimensionKind, bool)>();
        var dimensionKeys = new[] { "", "", "" };
        if (query.Dimensions.Count > AggregateQuery.MaxDimensions)
        {
            errors.Add(new FieldError("dimensions", "tooMany", $"At most {AggregateQuery.MaxDimensions} dimensions."));
        }
        foreach (var (dimension, i) in query.Dimensions.Take(AggregateQuery.MaxDimensions).Select((d, i) => (d, i)))
        {
            var place = $"dimensions[{i}]";
            var (field, error) = await resolver.ResolveAsync(dimension.Field ?? "", place, allowLinked: false, ct);
            var kind = field is null ? DimensionKind.Unused
                : field.ValueKey is { } key && schema.FindField(key) is { IsMultiple: true }
                    ? Fail(errors, place, "unsupported", $"'{field.Path}' holds several values per record, which cannot group records yet.")
                    : DimensionOf(field, dimension, place, errors);
            if (error is not null)
            {
                errors.Add(error);
            }
            slots.Add((kind, field?.RecordColumn == GridRecordFields.CreatedAt));
            dimensionKeys[i] = field?.RecordColumn is null ? field?.ValueKey ?? "" : "";
        }
        var measureKeys = new[] { "", "", "", "" };
        if (query.Measures.Count is 0 or > AggregateQuery.MaxMeasures)
        {
            errors.Add(new FieldError("measures", query.Measures.Count == 0 ? "required" : "tooMany", $"Ask for 1 to {AggregateQuery.MaxMeasures} measures."));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (measure, i) in query.Measures.Take(AggregateQuery.MaxMeasures).Select((m, i) => (m, i)))
        {
            measureKeys[i] = await MeasureKeyAsync(measure, $"measures[{i}]", resolver, seen, errors, ct);
        }
        return new AggregatePlan(slots, dimensionKeys, measureKeys, query.Measures);
    }

    /// <summary>The result row of one group.</summary>
    public AggregateRow Row(AggregateTotals totals)
    {
        var keys = new List<string?>();
        for (var i = 0; i < Slots.Count; i++)
        {
            var (text, period) = i switch { 0 => (totals.Key.T0, totals.Key.P0), 1 => (totals.Key.T1, totals.Key.P1), _ => (totals.Key.T2, totals.Key.P2) };
            keys.Add(AggregateKeys.Label(Slots[i].Kind, text, period));
        }
        return new AggregateRow(keys, [.. _measures.Select((m, i) => Value(m.Aggregate, i, totals))]);
    }

    private static decimal? Value(string aggregate, int slot, AggregateTotals t) => aggregate switch
    {
        Aggregates.Count => t.Count,
        Aggregates.DistinctCount => Pick(slot, t.Distinct0, t.Distinct1, t.Distinct2, t.Distinct3),
        Aggregates.Sum => Exact(Pick(slot, t.Sum0, t.Sum1, t.Sum2, t.Sum3)),
        Aggregates.Average => Exact(Pick(slot, t.Avg0, t.Avg1, t.Avg2, t.Avg3)),
        Aggregates.Min => Exact(Pick(slot, t.Min0, t.Min1, t.Min2, t.Min3)),
        _ => Exact(Pick(slot, t.Max0, t.Max1, t.Max2, t.Max3)),
    };

    private static T Pick<T>(int slot, T a, T b, T c, T d) => slot switch { 0 => a, 1 => b, 2 => c, _ => d };

    /// <summary>Values are stored as doubles; six decimals remove the binary noise of sums without touching cents.</summary>
    private static decimal? Exact(double? value) => value is { } v && double.IsFinite(v) ? Math.Round((decimal)v, 6) : null;

    private static DimensionKind DimensionOf(GridField field, AggregateDimension dimension, string place, List<FieldError> errors)
    {
        if (field.RecordColumn == GridRecordFields.Status)
        {
            return DimensionKind.Status;
        }
        if (field.RecordColumn is not null && field.RecordColumn != GridRecordFields.CreatedAt)
        {
            return Fail(errors, place, "unsupported", $"'{field.Path}' cannot group records; use $createdAt or a field.");
        }
        if (field.ValueKey is { } key && key.Contains('.', StringComparison.Ordinal))
        {
            return Fail(errors, place, "unsupported", $"'{field.Path}': a subform column cannot group records; group by a field of the form.");
        }
        switch (field.Kind)
        {
            case GridValueKind.Date or GridValueKind.DateTime:
                return dimension.Granularity is { } g && Granularities.TryGetValue(g, out var kind) ? kind
                    : Fail(errors, place + ".granularity", "value", $"'{field.Path}' is a date: give a granularity of year, quarter, month or day.");
            case GridValueKind.Text:
                return DimensionKind.Text;
            case GridValueKind.Boolean:
                return DimensionKind.Boolean;
            default:
                return Fail(errors, place, "unsupported", $"'{field.Path}' holds {field.Kind.ToString().ToLowerInvariant()} values, which cannot group records; measure it instead.");
        }
    }

    private static async Task<string> MeasureKeyAsync(AggregateMeasure measure, string place, GridFieldResolver resolver, HashSet<string> seen,
        List<FieldError> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(measure.Key) || !seen.Add(measure.Key))
        {
            errors.Add(new FieldError(place + ".key", "value", string.IsNullOrWhiteSpace(measure.Key) ? "A measure needs a key." : $"Measure key '{measure.Key}' is used twice."));
        }
        if (!Aggregates.All.Contains(measure.Aggregate ?? ""))
        {
            errors.Add(new FieldError(place + ".aggregate", "value", $"'{measure.Aggregate}' is not one of {string.Join(", ", Aggregates.All)}."));
            return "";
        }
        if (measure.Aggregate == Aggregates.Count)
        {
            return "";
        }
        var (field, error) = await resolver.ResolveAsync(measure.Field ?? "", place + ".field", allowLinked: false, ct);
        if (error is not null)
        {
            errors.Add(error);
            return "";
        }
        var wanted = measure.Aggregate == Aggregates.DistinctCount ? GridValueKind.Text : GridValueKind.Number;
        if (field!.RecordColumn is not null || field.Kind != wanted || field.ValueKey!.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(new FieldError(place + ".field", "unsupported", wanted == GridValueKind.Number
                ? $"'{field.Path}': {measure.Aggregate} needs a number, money or percent field of the form."
                : $"'{field.Path}': distinctCount needs a text, option, member or link field of the form."));
            return "";
        }
        return field.ValueKey;
    }

    private static DimensionKind Fail(List<FieldError> errors, string place, string code, string message)
    {
        errors.Add(new FieldError(place, code, message));
        return DimensionKind.Unused;
    }
}
