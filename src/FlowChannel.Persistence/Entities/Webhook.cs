namespace FlowChannel.Persistence.Entities;

/// <summary>
/// An outgoing webhook of one form: record and workflow events of the form are posted to <see cref="Url"/>, signed
/// with the secret, the payload shaped by the field rights of one of the form's permission sets.
/// </summary>
public sealed class Webhook : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FormId { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }

    /// <summary>The events it is sent, comma-separated (<c>record.created,workflow.finished</c>).</summary>
    public required string Events { get; set; }

    /// <summary>The signing secret, protected by ASP.NET Data Protection; never shown again after creation.</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>
    /// Whose field rights shape the payload (fields hidden by them are left out): a permission set's key,
    /// <c>role:</c> and a role name, or empty for the fields every set of the form shows.
    /// </summary>
    public required string PermissionSetKey { get; set; }
    public bool IsActive { get; set; } = true;
    public string? CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }
}
