namespace FlowChannel.Application.Packs.Install;

/// <summary>What installing a pack does to one thing: a form, workflow, role, permission set, kept file or its sample data.</summary>
/// <param name="Kind">form, workflow, role, permissionSet, file or sampleData.</param>
/// <param name="Id">The thing's id: form id, definition id, role name, <c>form/set-key</c>, file path.</param>
/// <param name="Action">create, upgrade, unchanged, kept (an admin's change or a newer local version wins) or remove.</param>
/// <param name="Detail">Versions or the reason, for people.</param>
public sealed record PackChange(string Kind, string Id, string Action, string? Detail = null);

/// <summary>What an install did, or with a dry run would do.</summary>
/// <remarks>
/// <see cref="DemoAccounts"/> are the demo users this install created with its sample data, with the generated
/// passwords: the one time they are seen (only their hashes are stored), so a later install or listing has none.
/// </remarks>
public sealed record PackInstallReport(
    string PackId,
    string Name,
    string Version,
    string? PreviousVersion,
    bool DryRun,
    IReadOnlyList<PackChange> Changes,
    int SampleRecords)
{
    public IReadOnlyList<Setup.SeededCredential> DemoAccounts { get; init; } = [];

    public int Count(string action) => Changes.Count(c => c.Action == action);
}

public static class PackActions
{
    public const string Create = "create";
    public const string Upgrade = "upgrade";
    public const string Unchanged = "unchanged";
    public const string Kept = "kept";
    public const string Remove = "remove";
}
