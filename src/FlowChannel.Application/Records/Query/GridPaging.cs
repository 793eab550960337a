using System.Linq.Expressions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Reads one page of matches in the plan that suits how many there are. Few matches: find them through the filters'
/// indexes and sort them (<see cref="GridSorting"/>). Many: walk the sort key's (form, field, value) index in order and
/// test each record met against the filters, stopping once the page is full, so a page of 100,000 matches out of a
/// million reads a few thousand index entries instead of sorting them all.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="formId">The form whose values are walked.</param>
/// <param name="sortWholeUpTo">Up to this many matches are sorted whole; beyond it the walk along a sort index wins.</param>
internal sealed class GridPaging(FlowChannelDbContext db, string formId, int sortWholeUpTo)
{
    /// <summary>The setting that moves the switch between the two plans (tests set 0 to walk always).</summary>
    public const string SortWholeUpToSetting = "FlowChannel:Grid:SortWholeUpTo";

    public const int DefaultSortWholeUpTo = 2_000;

    /// <param name="matches">The matches, in the shapes the two plans read.</param>
    /// <param name="keys">The sort keys.</param>
    /// <param name="total">How many matches there are, when counted to the end (null: more than were counted).</param>
    /// <param name="skip">Matches before the page.</param>
    /// <param name="size">The page size.</param>
    /// <param name="ct">Cancels the reads.</param>
    public Task<List<FormRecord>> ReadAsync(GridMatches matches, IReadOnlyList<(GridField Field, bool Desc)> keys, int? total,
        int skip, int size, CancellationToken ct)
    {
        var sorting = new GridSorting(db);
        if (total <= sortWholeUpTo)
        {
            return sorting.Apply(matches.Found, keys).Skip(skip).Take(size).ToListAsync(ct);
        }
        var probed = matches.Probed;
        // A single field key walks that field's index; record properties and several keys sort as usual, which for the
        // default order (newest first) walks the (form, created) index.
        if (keys is [var (field, desc)] && field.ValueKey is { } key && field.RecordColumn is null)
        {
            return field.Kind switch
            {
                GridValueKind.Number or GridValueKind.Boolean => WalkAsync<double?>(probed, key, v => v.Number, desc, skip, size, ct),
                GridValueKind.Date or GridValueKind.DateTime => WalkAsync<DateTime?>(probed, key, v => v.Date, desc, skip, size, ct),
                _ => WalkAsync<string?>(probed, key, v => v.Text, desc, skip, size, ct),
            };
        }
        return sorting.Apply(probed, keys).Skip(skip).Take(size).ToListAsync(ct);
    }

    /// <summary>
    /// Records with a value in index order first, then those without one (newest first), as <see cref="GridSorting"/>
    /// orders them; the second part is only read when the page reaches past the first.
    /// </summary>
    private async Task<List<FormRecord>> WalkAsync<T>(IQueryable<FormRecord> probed, string key,
        Expression<Func<RecordFieldValue, T>> value, bool desc, int skip, int size, CancellationToken ct)
    {
        var present = ExpressionComposer.Apply(value, (Expression<Func<T, bool>>)(x => x != null));
        var sortRows = db.RecordFieldValues.Where(v => v.FormId == formId && v.FieldKey == key && v.Ordinal == 0).Where(present);
        var pairs = sortRows.Join(probed, v => v.RecordId, r => r.Id, Pair(value));
        var ordered = desc ? pairs.OrderByDescending(p => p.Value) : pairs.OrderBy(p => p.Value);
        var page = await ordered.ThenByDescending(p => p.Record.CreatedAt).ThenByDescending(p => p.Record.Id)
            .Skip(skip).Take(size).Select(p => p.Record).ToListAsync(ct);
        if (page.Count == size)
        {
            return page;
        }
        // Past the records with a value: how far into those without one the page starts.
        var withValue = page.Count > 0 ? skip + page.Count : await pairs.CountAsync(ct);
        var valued = sortRows.Select(v => v.RecordId);
        var missing = probed.Where(r => !valued.Contains(r.Id)).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
        page.AddRange(await missing.Skip(Math.Max(skip - withValue, 0)).Take(size - page.Count).ToListAsync(ct));
        return page;
    }

    /// <summary><c>(v, r) => new SortPair { Record = r, Value = v.Column }</c>, built so that EF can order by the value.</summary>
    private static Expression<Func<RecordFieldValue, FormRecord, SortPair<T>>> Pair<T>(Expression<Func<RecordFieldValue, T>> value)
    {
        var record = Expression.Parameter(typeof(FormRecord), "r");
        var body = Expression.MemberInit(Expression.New(typeof(SortPair<T>)),
            Expression.Bind(typeof(SortPair<T>).GetProperty(nameof(SortPair<T>.Record))!, record),
            Expression.Bind(typeof(SortPair<T>).GetProperty(nameof(SortPair<T>.Value))!, value.Body));
        return Expression.Lambda<Func<RecordFieldValue, FormRecord, SortPair<T>>>(body, value.Parameters[0], record);
    }

    private sealed class SortPair<T>
    {
        public required FormRecord Record { get; init; }

        public T? Value { get; init; }
    }
}
