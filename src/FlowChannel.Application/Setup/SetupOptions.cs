namespace FlowChannel.Application.Setup;

/// <summary>First-start settings, bound from the <c>FlowChannel</c> section.</summary>
public sealed class SetupOptions
{
    public const string SectionName = "FlowChannel";

    /// <summary>Seed the demo users and sample partners (on for the embedded default, off in docker/).</summary>
    public bool SampleData { get; set; }

    /// <summary>Where <c>form-schemas/</c> and <c>workflow-definitions/</c> of the bundled pack are.</summary>
    public string? ContentRoot { get; set; }
}
