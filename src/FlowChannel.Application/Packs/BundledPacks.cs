namespace FlowChannel.Application.Packs;

/// <summary>
/// The packs that ship with the app, in <c>packs/&lt;id&gt;/</c> beside the executable (the build lays them out, and
/// zips each as <c>packs/&lt;id&gt;.zip</c>). The Channel Management pack is installed at first start.
/// </summary>
public static class BundledPacks
{
    public const string ChannelManagementId = "channel-management";
    public const string Folder = "packs";

    /// <summary>
    /// Reads a bundled pack. In the repository its manifest is in <c>packs/&lt;id&gt;/</c> while its forms and workflows
    /// stay in <c>form-schemas/</c> and <c>workflow-definitions/</c> at the root; the content root serves those, so
    /// the same call works beside the executable and on a checkout.
    /// </summary>
    public static PackReadResult Read(string contentRoot, string packId, PackLimits limits) =>
        PackReader.ReadFolder(Path.Combine(contentRoot, Folder, packId), limits, fallbackRoot: contentRoot);

    /// <summary>The ids of the bundled packs: folders under <c>packs/</c> holding a manifest.</summary>
    public static IReadOnlyList<string> Ids(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, Folder);
        return !System.IO.Directory.Exists(folder)
            ? []
            : System.IO.Directory.EnumerateDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, Manifest.PackManifestReader.FileName)))
                .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
    }
}
