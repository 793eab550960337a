namespace FlowChannel.Persistence.Entities;

/// <summary>
/// One scalar value of a record's field, copied out of the record's JSON into typed, indexed columns so that the grid
/// can filter, sort and group on any field in SQL. A multi-valued field (checkboxes, members) or a subform column
/// (<c>items.qty</c>, one per row) has one row per value, numbered by <see cref="Ordinal"/>. The JSON stays the truth;
/// the context rewrites these rows whenever a record's data is saved (see <c>RecordFieldValueIndex</c>).
/// </summary>
public sealed class RecordFieldValue
{
    public Guid RecordId { get; set; }

    /// <summary>The field's key, or <c>subform.column</c> for a subform cell.</summary>
    public required string FieldKey { get; set; }

    /// <summary>0 for the first value of the field in the record, 1 for the next…; sorting reads the first.</summary>
    public int Ordinal { get; set; }

    /// <summary>The record's form, repeated here so that every index can start with (form, field).</summary>
    public required string FormId { get; set; }

    /// <summary>A string value (text, option, time, serial), the display name of a reference, or an address's text; at most <see cref="FieldValues.RecordFieldValueRows.MaxTextLength"/> characters.</summary>
    public string? Text { get; set; }

    /// <summary>A number, money or percent value; a switch as 1 or 0.</summary>
    public double? Number { get; set; }

    /// <summary>A date (midnight UTC of that day) or a date-time (UTC).</summary>
    public DateTime? Date { get; set; }

    /// <summary>For a reference whose id is a record id (a link): that record, so filters can follow the link.</summary>
    public Guid? LinkedRecordId { get; set; }
}
