namespace FlowChannel.Application.Records.Query;

/// <summary>A field path of a grid query, resolved against the form (and a linked form) and checked against the caller's rights.</summary>
/// <param name="Path">As the caller wrote it.</param>
/// <param name="Kind">How its values compare.</param>
/// <param name="ValueKey">The key of its rows in the value table (<c>amount</c>, <c>items.qty</c>); for a linked path, the link field's key.</param>
/// <param name="RecordColumn">For a record property (<c>$status</c>…): which one.</param>
/// <param name="Linked">For a linked path (<c>product.category</c>): the linked form and the key read there.</param>
internal sealed record GridField(string Path, GridValueKind Kind, string? ValueKey, string? RecordColumn, LinkedField? Linked)
{
    public const string Status = GridRecordFields.Status;
    public const string CreatedAt = GridRecordFields.CreatedAt;
    public const string UpdatedAt = GridRecordFields.UpdatedAt;
}

/// <param name="FormId">The form the link points into.</param>
/// <param name="ValueKey">The field read on the linked record.</param>
/// <param name="Reachable">The linked records the caller may view.</param>
internal sealed record LinkedField(string FormId, string ValueKey, IQueryable<Guid> Reachable);
