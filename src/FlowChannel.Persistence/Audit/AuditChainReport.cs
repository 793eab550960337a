namespace FlowChannel.Persistence.Audit;

/// <summary>What verifying the audit chain found: intact with <see cref="Count"/> entries, or the first break.</summary>
public sealed record AuditChainReport(bool Intact, long Count, string HeadHash, AuditChainBreak? Break)
{
    public static AuditChainReport Ok(long count, string headHash) => new(true, count, headHash, null);

    public static AuditChainReport Broken(long checkedCount, string headHash, AuditChainBreak at) => new(false, checkedCount, headHash, at);
}

/// <summary>The first entry that fails a check, which check, and why in words.</summary>
public sealed record AuditChainBreak(long? Sequence, AuditChainCheck Check, string Message);

public enum AuditChainCheck
{
    /// <summary>The entry's fields no longer give its stored hash: it was changed after it was written.</summary>
    HashMismatch,

    /// <summary>The entry does not name the previous entry's hash: something before it was changed or replaced.</summary>
    BrokenLink,

    /// <summary>A sequence number is missing: an entry was deleted.</summary>
    Gap,

    /// <summary>The chain head does not end where the entries end: the last entries were removed or rewritten.</summary>
    HeadMismatch,

    /// <summary>A row outside the chain: inserted behind the application's back.</summary>
    Unchained,
}
