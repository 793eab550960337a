using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Facts;
using FlowChannel.Persistence.FieldValues;

namespace FlowChannel.Persistence.Tests.Facts;

/// <summary>The producer of facts rows: which fields get slots, in what order, and what each slot holds.</summary>
public sealed class RecordFactLayoutTests
{
    private const string Form = "orders";

    [Fact]
    public void Single_top_level_values_get_slots_of_their_kinds_in_order_and_fill_them()
    {
        var layout = new RecordFactLayout(Form, []);
        var (record, rows) = Record("""{"region": "east", "amount": 12.5, "signed": "2026-03-04", "vip": true, "tags": ["a", "b"], "items": [{"qty": 2}]}""");

        var slots = layout.Extend(rows);
        var fact = layout.For(record, rows);

        Assert.Equal(["region:T0", "amount:N0", "signed:T1", "signed:D0", "vip:N1"], slots.Select(s => $"{s.FieldKey}:{s.Column}"));
        Assert.Equal(("east", 12.5, "2026-03-04", new DateTime(2026, 3, 4, 0, 0, 0, DateTimeKind.Utc), 1.0), (fact.T0, fact.N0, fact.T1, fact.D0, fact.N1));
        Assert.Null(fact.T2);
        Assert.Equal((record.Id, Form, record.Status, record.PartnerId), (fact.RecordId, fact.FormId, fact.Status, fact.PartnerId));
    }

    [Fact]
    public void Slots_once_given_never_move_and_a_missing_value_empties_its_slot()
    {
        var layout = new RecordFactLayout(Form, []);
        layout.Extend(Record("""{"region": "east"}""").Rows);
        var stored = layout.Extend(Record("""{"stage": "won", "region": "west"}""").Rows);
        var reloaded = new RecordFactLayout(Form, [new RecordFactSlot { FormId = Form, Kind = "T", Index = 0, FieldKey = "region" }, .. stored]);

        var (record, rows) = Record("""{"stage": "lost"}""");
        Assert.Empty(reloaded.Extend(rows));
        var fact = reloaded.For(record, rows);

        Assert.Equal(["stage:T1"], stored.Select(s => $"{s.FieldKey}:{s.Column}"));
        Assert.Equal(((string?)null, "lost"), (fact.T0, fact.T1));
    }

    [Fact]
    public void Fields_beyond_the_slots_get_none()
    {
        var layout = new RecordFactLayout(Form, []);
        var fields = string.Join(", ", Enumerable.Range(0, RecordFact.TextSlots + 3).Select(i => $"\"f{i:00}\": \"v{i}\""));

        var slots = layout.Extend(Record("{" + fields + "}").Rows);

        Assert.Equal(RecordFact.TextSlots, slots.Count);
        Assert.Null(layout.Column($"f{RecordFact.TextSlots:00}", RecordFactSlot.Text));
        Assert.Equal("T0", layout.Column("f00", RecordFactSlot.Text));
    }

    private static (FormRecord Record, List<RecordFieldValue> Rows) Record(string data)
    {
        var record = new FormRecord { FormId = Form, DataJson = data, CreatedByUserId = "u-1", PartnerId = Guid.NewGuid() };
        return (record, RecordFieldValueRows.For(record.Id, Form, data));
    }
}
