namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A file of an installed pack that no feature reads yet (dashboards, automations, notification and print templates),
/// kept as it came so that the features that will read them find them and an export gives them back.
/// </summary>
public sealed class InstalledPackFile
{
    public required string PackId { get; set; }
    public required string Path { get; set; }
    public required string Content { get; set; }
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
