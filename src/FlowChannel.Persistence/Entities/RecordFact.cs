namespace FlowChannel.Persistence.Entities;

/// <summary>
/// One record as dashboards aggregate it, in one row: copies of the record columns that data scopes and record filters
/// read, and typed slots holding the first value of the form's top-level fields (which field sits in which slot is
/// <see cref="RecordFactSlot"/>). Reading this row alone spares an aggregation one value-table lookup per record and field.
/// The context rewrites it whenever its record is saved (see <c>RecordFactIndex</c>); it is never edited on its own.
/// </summary>
public sealed class RecordFact
{
    public const int TextSlots = 24;
    public const int NumberSlots = 16;
    public const int DateSlots = 8;

    public Guid RecordId { get; set; }
    public required string FormId { get; set; }
    public string Status { get; set; } = RecordStatuses.Submitted;
    public string CreatedByUserId { get; set; } = "";
    public string? OwnerUserId { get; set; }
    public Guid? PartnerId { get; set; }
    public Guid? DepartmentId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }

    // Text slots: a value row's Text (at most RecordFieldValueRows.MaxTextLength characters).
    public string? T0 { get; set; }
    public string? T1 { get; set; }
    public string? T2 { get; set; }
    public string? T3 { get; set; }
    public string? T4 { get; set; }
    public string? T5 { get; set; }
    public string? T6 { get; set; }
    public string? T7 { get; set; }
    public string? T8 { get; set; }
    public string? T9 { get; set; }
    public string? T10 { get; set; }
    public string? T11 { get; set; }
    public string? T12 { get; set; }
    public string? T13 { get; set; }
    public string? T14 { get; set; }
    public string? T15 { get; set; }
    public string? T16 { get; set; }
    public string? T17 { get; set; }
    public string? T18 { get; set; }
    public string? T19 { get; set; }
    public string? T20 { get; set; }
    public string? T21 { get; set; }
    public string? T22 { get; set; }
    public string? T23 { get; set; }

    // Number slots: a value row's Number (numbers, and booleans as 1 and 0).
    public double? N0 { get; set; }
    public double? N1 { get; set; }
    public double? N2 { get; set; }
    public double? N3 { get; set; }
    public double? N4 { get; set; }
    public double? N5 { get; set; }
    public double? N6 { get; set; }
    public double? N7 { get; set; }
    public double? N8 { get; set; }
    public double? N9 { get; set; }
    public double? N10 { get; set; }
    public double? N11 { get; set; }
    public double? N12 { get; set; }
    public double? N13 { get; set; }
    public double? N14 { get; set; }
    public double? N15 { get; set; }

    // Date slots: a value row's Date (ISO dates and date-times, in UTC).
    public DateTime? D0 { get; set; }
    public DateTime? D1 { get; set; }
    public DateTime? D2 { get; set; }
    public DateTime? D3 { get; set; }
    public DateTime? D4 { get; set; }
    public DateTime? D5 { get; set; }
    public DateTime? D6 { get; set; }
    public DateTime? D7 { get; set; }
}
