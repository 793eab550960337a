using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Chooses the filter that drives a grid query (<see cref="GridMatches"/>): the one whose index range costs least to read
/// until the count is done. Reading a range to its end costs its size; a count that stops after N matches costs about
/// N divided by the share of the range's records that pass the other filters, which a small sample of the range shows.
/// So "stage is active" (a quarter of a million records, most of them passing the rest) beats "signed this quarter"
/// only when the count may stop early, and a small range wins whatever the rest.
/// </summary>
internal static class GridDriverChoice
{
    /// <summary>How far a range is counted; past this, its size no longer changes the choice.</summary>
    public const int RangeUpTo = 20_000;

    /// <summary>How many of a range's first records are tested against the other filters.</summary>
    public const int Sample = 200;

    /// <param name="filters">Applies the filters.</param>
    /// <param name="scoped">The records the caller may view.</param>
    /// <param name="conditions">The resolved filters.</param>
    /// <param name="countUpTo">Where counting stops (null: counted to the end).</param>
    /// <param name="ct">Cancels the reads.</param>
    /// <returns>The index of the driving filter, or null when none can drive (no positive filter on a field).</returns>
    public static async Task<int?> ChooseAsync(GridFilters filters, IQueryable<FormRecord> scoped,
        IReadOnlyList<(GridField Field, GridCondition Condition)> conditions, int? countUpTo, CancellationToken ct)
    {
        var candidates = conditions.Select((c, i) => (c, i))
            .Where(x => !x.c.Condition.Negate && x.c.Field is { ValueKey: not null, RecordColumn: null, Linked: null })
            .Select(x => x.i).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.Count == 1 ? candidates[0] : null;
        }
        int? best = null;
        var lowest = double.MaxValue;
        foreach (var i in candidates)
        {
            var range = filters.Range(conditions[i].Field, conditions[i].Condition);
            double cost = await range.Take(RangeUpTo).CountAsync(ct);
            if (countUpTo is { } cap && cost > cap)
            {
                var others = scoped;
                foreach (var (other, j) in conditions.Select((c, j) => (c, j)).Where(x => x.j != i))
                {
                    others = filters.Apply(others, other.Field, other.Condition, probe: true);
                }
                var passed = await range.Take(Sample).Join(others, v => v.RecordId, r => r.Id, (v, r) => r.Id).CountAsync(ct);
                cost = passed == 0 ? cost : Math.Min(cost, (cap + 1.0) * Sample / passed);
            }
            if (cost < lowest)
            {
                (best, lowest) = (i, cost);
            }
        }
        return best;
    }
}
