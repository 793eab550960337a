namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A value of a form's <c>unique</c> field, claimed by one record. The key (form, field, value hash) makes the
/// database refuse a second record with the same value, even when two submissions race on different nodes; records
/// keep their data as JSON, which no engine-independent index could cover.
/// </summary>
public sealed class RecordUniqueValue
{
    public required string FormId { get; set; }
    public required string FieldKey { get; set; }

    /// <summary>SHA-256 (hex) of the normalized value, so any value fits a fixed-size key.</summary>
    public required string ValueHash { get; set; }
    public Guid RecordId { get; set; }
}
