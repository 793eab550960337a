using System.Linq.Expressions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Query;

/// <summary>
/// Orders records by sort keys: a field by its first value (a subform column by its first row), records without a value
/// after the others in either direction (the engines disagree on where NULL goes, so it is said explicitly), then
/// newest first and by id so that pages never overlap.
/// </summary>
internal sealed class GridSorting(FlowChannelDbContext db)
{
    public IOrderedQueryable<FormRecord> Apply(IQueryable<FormRecord> records, IReadOnlyList<(GridField Field, bool Desc)> keys)
    {
        IOrderedQueryable<FormRecord>? ordered = null;
        foreach (var (field, desc) in keys)
        {
            ordered = field.RecordColumn switch
            {
                GridField.Status => By(records, ordered, r => r.Status, desc, nullable: false),
                GridField.CreatedAt => By(records, ordered, r => r.CreatedAt, desc, nullable: false),
                GridField.UpdatedAt => By(records, ordered, r => r.UpdatedAt, desc, nullable: false),
                _ => ByValue(records, ordered, field.ValueKey!, field.Kind, desc),
            };
        }
        return ordered is null
            ? records.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            : ordered.ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
    }

    private IOrderedQueryable<FormRecord> ByValue(IQueryable<FormRecord> records, IOrderedQueryable<FormRecord>? ordered, string key, GridValueKind kind, bool desc)
    {
        var values = db.RecordFieldValues;
        return kind switch
        {
            GridValueKind.Number or GridValueKind.Boolean => By(records, ordered,
                r => values.Where(v => v.RecordId == r.Id && v.FieldKey == key && v.Ordinal == 0).Select(v => v.Number).FirstOrDefault(), desc, nullable: true),
            GridValueKind.Date or GridValueKind.DateTime => By(records, ordered,
                r => values.Where(v => v.RecordId == r.Id && v.FieldKey == key && v.Ordinal == 0).Select(v => v.Date).FirstOrDefault(), desc, nullable: true),
            _ => By(records, ordered,
                r => values.Where(v => v.RecordId == r.Id && v.FieldKey == key && v.Ordinal == 0).Select(v => v.Text).FirstOrDefault(), desc, nullable: true),
        };
    }

    private static IOrderedQueryable<FormRecord> By<T>(IQueryable<FormRecord> records, IOrderedQueryable<FormRecord>? ordered,
        Expression<Func<FormRecord, T>> key, bool desc, bool nullable)
    {
        if (nullable)
        {
            var missing = ExpressionComposer.Apply(key, Missing<T>());
            ordered = ordered is null ? records.OrderBy(missing) : ordered.ThenBy(missing);
        }
        return (ordered, desc) switch
        {
            (null, false) => records.OrderBy(key),
            (null, true) => records.OrderByDescending(key),
            (_, false) => ordered.ThenBy(key),
            _ => ordered.ThenByDescending(key),
        };
    }

    private static Expression<Func<T, bool>> Missing<T>() => x => x == null;
}
