namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A setting an admin changed in the app, over what configuration says (say, the SMTP server), kept as one JSON
/// document per area so every node reads the same. Secrets inside are protected by ASP.NET Data Protection.
/// </summary>
public sealed class AppSetting : IVersioned
{
    /// <summary>The area, such as <c>email</c>.</summary>
    public required string Key { get; set; }

    public required string ValueJson { get; set; }

    public string? UpdatedByUserId { get; set; }

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public int Version { get; set; }
}
