namespace FlowChannel.Persistence.Entities;

/// <summary>
/// One id a record's top-level field points at (a member, a department, a linked record), kept beside the JSON so that
/// "records whose member field is me" is an indexed lookup. Maintained by the context whenever a record's data is saved.
/// </summary>
public sealed class RecordFieldReference
{
    public Guid RecordId { get; set; }
    public required string FieldKey { get; set; }
    public required string TargetId { get; set; }
}
