using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Applies parsed filters and the search to a record query, each as <c>Id IN (SELECT RecordId FROM RecordFieldValues …)</c>
/// over one range of a (form, field, value) index, so the database does the work and the caller's scope stays in force.
/// </summary>
internal sealed class GridFilters(FlowChannelDbContext db, string formId)
{
    public IQueryable<FormRecord> Apply(IQueryable<FormRecord> records, GridField field, GridCondition condition)
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
            matching = db.RecordFieldValues.Where(v => v.FormId == formId && v.FieldKey == key && targets.Contains(v.LinkedRecordId))
                .Select(v => v.RecordId);
        }
        else
        {
            matching = Values(formId, key, condition.OnValue()).Select(v => v.RecordId);
        }
        return condition.Negate ? records.Where(r => !matching.Contains(r.Id)) : records.Where(r => matching.Contains(r.Id));
    }

    /// <summary>Every word must occur (case-insensitively) in some text value of the record among <paramref name="visibleKeys"/> (all when null).</summary>
    public IQueryable<FormRecord> Search(IQueryable<FormRecord> records, string search, IReadOnlyList<string>? visibleKeys)
    {
        foreach (var word in search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            var term = word.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(…): the culture and comparison overloads do not translate
            var values = db.RecordFieldValues.Where(v => v.FormId == formId && v.Text != null && v.Text.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
            if (visibleKeys is not null)
            {
                values = values.Where(v => visibleKeys.Contains(v.FieldKey));
            }
            var matching = values.Select(v => v.RecordId);
            records = records.Where(r => matching.Contains(r.Id));
        }
        return records;
    }

    private IQueryable<RecordFieldValue> Values(string form, string key, System.Linq.Expressions.Expression<Func<RecordFieldValue, bool>>? test)
    {
        var values = db.RecordFieldValues.Where(v => v.FormId == form && v.FieldKey == key);
        return test is null ? values : values.Where(test);
    }
}
