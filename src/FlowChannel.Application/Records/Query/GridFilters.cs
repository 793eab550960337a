using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Applies parsed filters and the search to a record query in one of two shapes, so the database does the work and the
/// caller's scope stays in force. Driving (the default): <c>Id IN (SELECT RecordId FROM RecordFieldValues …)</c> over one
/// range of a (form, field, value) index, the cheapest way to find and count matches. Probing: a correlated
/// <c>EXISTS</c> on the value table's primary key, the cheap way to test the records met while walking a sort index.
/// </summary>
internal sealed class GridFilters(FlowChannelDbContext db, string formId)
{
    public IQueryable<FormRecord> Apply(IQueryable<FormRecord> records, GridField field, GridCondition condition, bool probe = false)
    {
        if (field.RecordColumn is { } column)
        {
            return records.Where(condition.OnRecord(column));
        }
        var key = field.ValueKey!;
        IQueryable<Guid> matching;
        if (field.Linked is { } linked)
        {
            var targets = Values(linked.FormId, linked.ValueKey, condition.OnValue())
                .Where(p => linked.Reachable.Contains(p.RecordId)).Select(p => (Guid?)p.RecordId);
            if (probe)
            {
                var links = db.RecordFieldValues.Where(v => v.FieldKey == key && targets.Contains(v.LinkedRecordId));
                return condition.Negate ? records.Where(r => !links.Any(v => v.RecordId == r.Id)) : records.Where(r => links.Any(v => v.RecordId == r.Id));
            }
            matching = db.RecordFieldValues.Where(v => v.FormId == formId && v.FieldKey == key && targets.Contains(v.LinkedRecordId))
                .Select(v => v.RecordId);
        }
        else if (probe)
        {
            // No form id here: with it the planner may walk the (form, field, value) index for every record probed.
            var test = condition.OnValue();
            var rows = db.RecordFieldValues.Where(v => v.FieldKey == key);
            rows = test is null ? rows : rows.Where(test);
            return condition.Negate ? records.Where(r => !rows.Any(v => v.RecordId == r.Id)) : records.Where(r => rows.Any(v => v.RecordId == r.Id));
        }
        else
        {
            matching = Values(formId, key, condition.OnValue()).Select(v => v.RecordId);
        }
        return condition.Negate ? records.Where(r => !matching.Contains(r.Id)) : records.Where(r => matching.Contains(r.Id));
    }

    /// <summary>
    /// Every word must occur (case-insensitively) in some text value of the record among <paramref name="visibleKeys"/>
    /// (all when null); <paramref name="probe"/> tests each record met instead of collecting every match first.
    /// </summary>
    public IQueryable<FormRecord> Search(IQueryable<FormRecord> records, string search, IReadOnlyList<string>? visibleKeys, bool probe = false)
    {
        foreach (var word in search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            var term = word.ToLowerInvariant();
            // As for filters, a probe leaves the form out so that the record's own rows are read through the key.
            var values = probe ? db.RecordFieldValues : db.RecordFieldValues.Where(v => v.FormId == formId);
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(…): the culture and comparison overloads do not translate
            values = values.Where(v => v.Text != null && v.Text.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
            if (visibleKeys is not null)
            {
                values = values.Where(v => visibleKeys.Contains(v.FieldKey));
            }
            if (probe)
            {
                records = records.Where(r => values.Any(v => v.RecordId == r.Id));
                continue;
            }
            var matching = values.Select(v => v.RecordId);
            records = records.Where(r => matching.Contains(r.Id));
        }
        return records;
    }

    /// <summary>The rows of the value table on which a filter's test holds: one range of a (form, field, value) index.</summary>
    public IQueryable<RecordFieldValue> Range(GridField field, GridCondition condition) =>
        Values(formId, field.ValueKey!, condition.OnValue());

    private IQueryable<RecordFieldValue> Values(string form, string key, System.Linq.Expressions.Expression<Func<RecordFieldValue, bool>>? test)
    {
        var values = db.RecordFieldValues.Where(v => v.FormId == form && v.FieldKey == key);
        return test is null ? values : values.Where(test);
    }
}
