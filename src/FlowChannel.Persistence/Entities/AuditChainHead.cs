namespace FlowChannel.Persistence.Entities;

/// <summary>
/// The one row saying where the audit chain ends. Appending moves it forward with a conditional update, which is
/// what lets concurrent transactions take turns instead of linking to the same predecessor.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }

    /// <summary>The sequence number of the last chained entry (0 while the chain is empty).</summary>
    public long Sequence { get; set; }

    /// <summary>The hash of the last chained entry (the genesis value while the chain is empty).</summary>
    public required string Hash { get; set; }
}
