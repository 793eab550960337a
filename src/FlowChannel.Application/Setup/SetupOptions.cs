namespace FlowChannel.Application.Setup;

/// <summary>First-start settings, bound from the <c>FlowChannel</c> section.</summary>
public sealed class SetupOptions
{
    public const string SectionName = "FlowChannel";

    /// <summary>Seed the demo users and sample partners (on for the embedded default, off in docker/).</summary>
    public bool SampleData { get; set; }

    /// <summary>The seed of the generated sample data: the same seed gives the same data.</summary>
    public int SampleSeed { get; set; } = Channel.SampleData.SampleSpec.DefaultSeed;

    /// <summary>How much sample data: 1 is about 200 partners with two years of history; 0 only the six named demo partners.</summary>
    public decimal SampleScale { get; set; } = 1;

    /// <summary>Where the bundled packs are (<c>packs/</c>, see <see cref="Packs.BundledPacks"/>); the executable's folder by default.</summary>
    public string? ContentRoot { get; set; }
}
