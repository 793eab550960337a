namespace FlowChannel.Persistence.Entities;

/// <summary>A user's named grid set-up for one form (filters, sort, columns), stored as the query's JSON.</summary>
public sealed class SavedRecordView
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserId { get; set; }
    public required string FormId { get; set; }
    public required string Name { get; set; }

    /// <summary>The grid query (filters, sort, search, columns, page size) as JSON.</summary>
    public required string QueryJson { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
