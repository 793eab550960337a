namespace FlowChannel.Application.Packs.Manifest;

/// <summary>The manifest of a template pack (<c>pack.json</c>); the format is <c>packs/pack.schema.json</c>.</summary>
public sealed record PackManifest(
    string Id,
    SemVersion Version,
    PackText Name,
    PackText? Description,
    SemVersion MinimumFlowChannelVersion,
    PackContents Contents);

/// <summary>A text in both languages of the app.</summary>
public sealed record PackText(string Zh, string En)
{
    public string For(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;

    public override string ToString() => $"{En} · {Zh}";
}

/// <summary>What a pack holds; every entry is a path inside the pack, '/'-separated.</summary>
public sealed record PackContents(
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Workflows,
    IReadOnlyList<string> Dashboards,
    IReadOnlyList<PackRole> Roles,
    IReadOnlyList<string> Automations,
    IReadOnlyList<string> NotificationTemplates,
    IReadOnlyList<string> PrintTemplates,
    string? SampleData)
{
    /// <summary>The files kept as they are for the features that will read them (issue 9 and later).</summary>
    public IEnumerable<string> KeptFiles => Dashboards.Concat(Automations).Concat(NotificationTemplates).Concat(PrintTemplates);

    /// <summary>Every file the manifest names.</summary>
    public IEnumerable<string> AllFiles =>
        Forms.Concat(Workflows).Concat(KeptFiles).Concat(SampleData is null ? [] : [SampleData]);
}

/// <summary>A role the pack's permission sets and workflows name, added to the app's roles on install.</summary>
public sealed record PackRole(string Name, PackText Title);
