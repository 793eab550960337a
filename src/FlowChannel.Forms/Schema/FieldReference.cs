namespace FlowChannel.Forms.Schema;

/// <summary>
/// One reference a formula makes, split once: <c>price</c> (a field), <c>lines.amount</c> (a member of a field: a
/// subform column, an address part) or <c>row.qty</c> (a column of the current subform row).
/// </summary>
internal readonly record struct FieldReference(string Root, string? Member)
{
    internal bool IsRow => Member is not null && Root == SubformLimits.RowKeyword;

    internal static FieldReference Parse(string reference)
    {
        var dot = reference.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new FieldReference(reference, null) : new FieldReference(reference[..dot], reference[(dot + 1)..]);
    }
}
