namespace FlowChannel.Persistence.Entities;

/// <summary>A dashboard definition (JSON, see dashboards/dashboard.schema.json), installed by a pack or written in the browser.</summary>
public sealed class Dashboard
{
    /// <summary>The definition's own id.</summary>
    public required string Id { get; set; }
    public required string DefinitionJson { get; set; }

    /// <summary>Counts saves from 1; a save naming an older version is refused.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The pack that installed it, if any.</summary>
    public string? PackId { get; set; }

    /// <summary>Saved by someone after the pack installed it: a pack upgrade then leaves it alone.</summary>
    public bool IsCustomised { get; set; }
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
