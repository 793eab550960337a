using System.Linq.Expressions;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Persistence.Facts;

/// <summary>
/// One form's field → slot assignment (<see cref="RecordFactSlot"/>) and the producer of its records' <see cref="RecordFact"/>
/// rows. A field gets a slot of a kind the first time one of its records has a value of that kind (a top-level field holding
/// one value); the slot then holds, for every record, the value the value table keeps at ordinal 0 for that field, so an
/// aggregation reading the slot sees exactly what one joining the value table would. Fields beyond the slots get none.
/// Not thread-safe: one per unit of work (the context's save, a bulk writer).
/// </summary>
public sealed class RecordFactLayout
{
    private static readonly (string Kind, int Count)[] Kinds =
        [(RecordFactSlot.Text, RecordFact.TextSlots), (RecordFactSlot.Number, RecordFact.NumberSlots), (RecordFactSlot.Date, RecordFact.DateSlots)];

    private static readonly Dictionary<string, Action<RecordFact, object?>> Setters = Kinds
        .SelectMany(k => Enumerable.Range(0, k.Count).Select(i => k.Kind + i))
        .ToDictionary(column => column, Setter, StringComparer.Ordinal);

    private readonly Dictionary<(string Key, string Kind), string> _columns = [];
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    public RecordFactLayout(string formId, IEnumerable<RecordFactSlot> slots)
    {
        FormId = formId;
        foreach (var slot in slots.Where(s => s.FormId == formId))
        {
            _columns[(slot.FieldKey, slot.Kind)] = slot.Column;
            _used[slot.Kind] = Math.Max(_used.GetValueOrDefault(slot.Kind), slot.Index + 1);
        }
    }

    public string FormId { get; }

    /// <summary>The column holding <paramref name="fieldKey"/>'s values of <paramref name="kind"/>; null when it has no slot.</summary>
    public string? Column(string fieldKey, string kind) => _columns.GetValueOrDefault((fieldKey, kind));

    /// <summary>
    /// Gives slots to the values of <paramref name="rows"/> (one record's value rows) that have none yet, while slots are
    /// free; returns the new assignments, which the caller stores before or with the facts that use them.
    /// </summary>
    public List<RecordFactSlot> Extend(IReadOnlyList<RecordFieldValue> rows)
    {
        var added = new List<RecordFactSlot>();
        var several = rows.Where(r => r.Ordinal > 0).Select(r => r.FieldKey).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Ordinal == 0 && IsTopLevel(r.FieldKey) && !several.Contains(r.FieldKey)))
        {
            foreach (var (kind, count) in Kinds)
            {
                var present = kind switch { RecordFactSlot.Text => row.Text is not null, RecordFactSlot.Number => row.Number is not null, _ => row.Date is not null };
                var next = _used.GetValueOrDefault(kind);
                if (present && next < count && !_columns.ContainsKey((row.FieldKey, kind)))
                {
                    var slot = new RecordFactSlot { FormId = FormId, Kind = kind, Index = next, FieldKey = row.FieldKey };
                    _columns[(row.FieldKey, kind)] = slot.Column;
                    _used[kind] = next + 1;
                    added.Add(slot);
                }
            }
        }
        return added;
    }

    /// <summary>The facts row of <paramref name="record"/> from its value rows (call <see cref="Extend"/> first to slot new fields).</summary>
    public RecordFact For(FormRecord record, IReadOnlyList<RecordFieldValue> rows)
    {
        var fact = new RecordFact { RecordId = record.Id, FormId = record.FormId };
        Fill(fact, record, rows);
        return fact;
    }

    /// <summary>Rewrites <paramref name="fact"/> (the stored row of <paramref name="record"/>) from the record and its value rows.</summary>
    public void Fill(RecordFact fact, FormRecord record, IReadOnlyList<RecordFieldValue> rows)
    {
        CopyRecord(fact, record);
        var first = rows.Where(r => r.Ordinal == 0).ToDictionary(r => r.FieldKey, StringComparer.Ordinal);
        foreach (var ((key, kind), column) in _columns)
        {
            var row = first.GetValueOrDefault(key);
            Setters[column](fact, kind switch
            {
                RecordFactSlot.Text => row?.Text,
                RecordFactSlot.Number => row?.Number,
                _ => row?.Date,
            });
        }
    }

    /// <summary>Copies the record columns that scopes and record filters read.</summary>
    public static void CopyRecord(RecordFact fact, FormRecord record)
    {
        fact.FormId = record.FormId;
        fact.Status = record.Status;
        fact.CreatedByUserId = record.CreatedByUserId;
        fact.OwnerUserId = record.OwnerUserId;
        fact.PartnerId = record.PartnerId;
        fact.DepartmentId = record.DepartmentId;
        fact.CreatedAt = record.CreatedAt;
        fact.UpdatedAt = record.UpdatedAt;
        fact.DeletedAt = record.DeletedAt;
    }

    /// <summary>Subform cells (<c>items.qty</c>) are several per record: they never get a slot.</summary>
    private static bool IsTopLevel(string key) => !key.Contains('.', StringComparison.Ordinal);

    private static Action<RecordFact, object?> Setter(string column)
    {
        var property = typeof(RecordFact).GetProperty(column)!;
        var fact = Expression.Parameter(typeof(RecordFact), "fact");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(Expression.Property(fact, property), Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<RecordFact, object?>>(assign, fact, value).Compile();
    }
}
