namespace FlowChannel.Persistence.Entities;

/// <summary>A template pack installed in this database; importing it again updates instead of duplicating.</summary>
public sealed class InstalledPack
{
    public required string PackId { get; set; }
    public required string Name { get; set; }
    public required string Version { get; set; }
    public bool WithSampleData { get; set; }
    public DateTime InstalledAt { get; set; } = DateTime.UtcNow;

    /// <summary>The manifest of the installed version, kept so that the pack can be listed and exported as it came.</summary>
    public string? ManifestJson { get; set; }
}
