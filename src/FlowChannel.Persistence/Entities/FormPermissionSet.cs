namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A permission set of a form as in force: installed from a pack or a published version, or written by an admin.
/// <see cref="DefinitionJson"/> is the set in the form language's <c>permissions.sets</c> shape.
/// </summary>
public sealed class FormPermissionSet : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FormId { get; set; }
    public required string Key { get; set; }
    public required string DefinitionJson { get; set; }

    /// <summary>Set once an admin changes it: upgrades of the pack or new form versions then leave it alone.</summary>
    public bool IsCustomised { get; set; }

    /// <summary>The pack that installed it, if any.</summary>
    public string? PackId { get; set; }
    public int SortOrder { get; set; }
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }
}
