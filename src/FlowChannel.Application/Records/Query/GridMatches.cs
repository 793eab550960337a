using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// The records a grid query matches, in the shapes its plans need. One filter <em>drives</em> (chosen by
/// <see cref="GridDriverChoice"/>), read as a range of the (form, field, value) index; every other filter and the search <em>probe</em> each
/// record met through the value table's key. So the database never collects a large filter's matches only to intersect
/// them, and a count that stops early (<see cref="CountAsync"/>) costs what it counts, not what the filters cover.
/// </summary>
internal sealed class GridMatches
{
    private readonly IQueryable<RecordFieldValue>? _driver;
    private readonly IQueryable<FormRecord> _rest;
    private readonly IQueryable<FormRecord> _searchedInBulk;
    private readonly bool _searching;

    private GridMatches(IQueryable<RecordFieldValue>? driver, IQueryable<FormRecord> rest, IQueryable<FormRecord> probed,
        IQueryable<FormRecord> searchedInBulk, bool searching)
    {
        (_driver, _rest, Probed, _searchedInBulk, _searching) = (driver, rest, probed, searchedInBulk, searching);
    }

    /// <summary>Every filter and the search as per-record tests, for a plan that walks an index and tests what it meets.</summary>
    public IQueryable<FormRecord> Probed { get; }

    /// <summary>The matches found from the driving range, for a plan that reads them all (few matches).</summary>
    public IQueryable<FormRecord> Found => _driver is { } driver
        ? _rest.Where(r => driver.Select(v => v.RecordId).Contains(r.Id))
        : _searchedInBulk;

    /// <param name="filters">Applies the filters in either shape.</param>
    /// <param name="scoped">The records the caller may view (the form's, not deleted).</param>
    /// <param name="conditions">The resolved filters.</param>
    /// <param name="search">The search words, if any.</param>
    /// <param name="searchKeys">The value keys the search may look in (all when null).</param>
    /// <param name="countUpTo">Where the count will stop (null: at the end), which decides the driver.</param>
    /// <param name="ct">Cancels the reads that choose the driver.</param>
    public static async Task<GridMatches> PlanAsync(GridFilters filters, IQueryable<FormRecord> scoped,
        IReadOnlyList<(GridField Field, GridCondition Condition)> conditions, string? search, IReadOnlyList<string>? searchKeys,
        int? countUpTo, CancellationToken ct)
    {
        var driving = await GridDriverChoice.ChooseAsync(filters, scoped, conditions, countUpTo, ct);
        IQueryable<FormRecord> rest = scoped, probed = scoped, inBulk = scoped;
        foreach (var (condition, i) in conditions.Select((c, i) => (c, i)))
        {
            probed = filters.Apply(probed, condition.Field, condition.Condition, probe: true);
            inBulk = filters.Apply(inBulk, condition.Field, condition.Condition);
            if (i != driving)
            {
                rest = filters.Apply(rest, condition.Field, condition.Condition, probe: true);
            }
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            probed = filters.Search(probed, search, searchKeys);
            inBulk = filters.Search(inBulk, search, searchKeys);
            rest = filters.Search(rest, search, searchKeys, probe: true);
        }
        var driver = driving is { } d ? filters.Range(conditions[d].Field, conditions[d].Condition) : null;
        return new GridMatches(driver, rest, probed, inBulk, !string.IsNullOrWhiteSpace(search));
    }

    /// <summary>
    /// How many records match, counting no further than <paramref name="upTo"/> + 1 when it is given.
    /// </summary>
    /// <returns>The count and whether it is exact (false: there are more than <paramref name="upTo"/>).</returns>
    public async Task<(int Count, bool Exact)> CountAsync(int? upTo, CancellationToken ct)
    {
        IQueryable<Guid> ids;
        if (_driver is { } driver)
        {
            // Distinct: a subform column or a multiple choice has several rows per record in the range.
            ids = driver.Join(_rest, v => v.RecordId, r => r.Id, (v, r) => r.Id).Distinct();
        }
        else if (upTo is null || _searching)
        {
            // A search cannot use an index: one pass over the form's text values beats testing each record's values.
            ids = _searchedInBulk.Select(r => r.Id);
        }
        else
        {
            ids = _rest.Select(r => r.Id);
        }
        if (upTo is not { } cap)
        {
            return (await ids.CountAsync(ct), true);
        }
        var count = await ids.Take(cap + 1).CountAsync(ct);
        return count > cap ? (cap, false) : (count, true);
    }
}
