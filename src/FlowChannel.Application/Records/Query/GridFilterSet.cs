using FlowChannel.Forms.Validation;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Applies a list of grid filters to a record query, each resolved against the caller's rights and parsed for its
/// field's kind; every bad filter is reported at <c>filters[i]</c> rather than only the first. Shared by the grid and by
/// dashboard aggregations, so a filter means the same in both.
/// </summary>
internal static class GridFilterSet
{
    public const int MaxFilters = 30;

    public static async Task<IQueryable<FormRecord>> ApplyAsync(IQueryable<FormRecord> records, IReadOnlyList<GridFilter> filters,
        GridFieldResolver resolver, GridConditionParser parser, GridFilters applier, List<FieldError> errors, CancellationToken ct)
    {
        foreach (var (field, condition) in await ResolveAsync(filters, resolver, parser, errors, ct))
        {
            records = applier.Apply(records, field, condition);
        }
        return records;
    }

    /// <summary>The filters resolved and parsed, for a caller that applies them in more than one shape.</summary>
    public static async Task<List<(GridField Field, GridCondition Condition)>> ResolveAsync(IReadOnlyList<GridFilter> filters,
        GridFieldResolver resolver, GridConditionParser parser, List<FieldError> errors, CancellationToken ct)
    {
        var resolved = new List<(GridField, GridCondition)>();
        foreach (var (filter, i) in filters.Take(MaxFilters + 1).Select((f, i) => (f, i)))
        {
            var place = $"filters[{i}]";
            if (i == MaxFilters)
            {
                errors.Add(new FieldError(place, "tooMany", $"At most {MaxFilters} filters."));
                break;
            }
            var (field, error) = await resolver.ResolveAsync(filter.Field ?? "", place, allowLinked: true, ct);
            var (condition, invalid) = field is null ? (null, null) : parser.Parse(field, filter, place);
            if ((error ?? invalid) is { } problem)
            {
                errors.Add(problem);
            }
            else
            {
                resolved.Add((field!, condition!));
            }
        }
        return resolved;
    }

    /// <summary>The date rules for presets in the caller's time zone; a bad zone is reported at <c>timeZone</c> and UTC used.</summary>
    public static GridConditionParser Parser(string? timeZone, TimeProvider clock, List<FieldError> errors)
    {
        try
        {
            return new GridConditionParser(GridDates.For(timeZone, clock));
        }
        catch (FormatException e)
        {
            errors.Add(new FieldError("timeZone", "value", e.Message));
            return new GridConditionParser(GridDates.For(null, clock));
        }
    }
}
