namespace FlowChannel.Application.Setup;

/// <summary>First-start settings, bound from the <c>FlowChannel</c> section.</summary>
public sealed class SetupOptions
{
    public const string SectionName = "FlowChannel";

    /// <summary>Seed the demo users and sample partners (on for the embedded default, off in docker/).</summary>
    public bool SampleData { get; set; }

    /// <summary>Where the bundled packs are (<c>packs/</c>, see <see cref="Packs.BundledPacks"/>); the executable's folder by default.</summary>
    public string? ContentRoot { get; set; }
}
