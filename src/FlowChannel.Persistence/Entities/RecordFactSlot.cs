namespace FlowChannel.Persistence.Entities;

/// <summary>
/// Which field of a form a <see cref="RecordFact"/> slot holds: slot <see cref="Index"/> of kind <see cref="Kind"/>
/// (<c>T</c> text, <c>N</c> number, <c>D</c> date) is column <c>T3</c>, <c>N0</c>… Append-only: a slot, once given, keeps its
/// field for good, so new form versions and other records never move a value to another column.
/// </summary>
public sealed class RecordFactSlot
{
    public const string Text = "T";
    public const string Number = "N";
    public const string Date = "D";

    public required string FormId { get; set; }
    public required string Kind { get; set; }
    public int Index { get; set; }
    public required string FieldKey { get; set; }

    /// <summary>The slot's column on <see cref="RecordFact"/>.</summary>
    public string Column => Kind + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
