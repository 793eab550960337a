namespace FlowChannel.Application.Packs;

/// <summary>
/// The Channel Management pack ships with the app: its forms in <c>form-schemas/</c> and workflows in
/// <c>workflow-definitions/</c>, copied beside the executable at build time.
/// </summary>
public static class BundledPacks
{
    public const string ChannelManagementId = "channel-management";
    public const string ChannelManagementVersion = "1.0.0";

    public static PackSource LoadChannelManagement(string contentRoot)
    {
        var formsDir = Path.Combine(contentRoot, "form-schemas");
        var workflowsDir = Path.Combine(contentRoot, "workflow-definitions");
        if (!System.IO.Directory.Exists(formsDir) || !System.IO.Directory.Exists(workflowsDir))
        {
            throw new DirectoryNotFoundException(
                $"The bundled pack is missing: expected '{formsDir}' and '{workflowsDir}'.");
        }
        return new PackSource(
            ChannelManagementId,
            "Channel Management · 渠道合作",
            ChannelManagementVersion,
            Read(formsDir, "*.form.json"),
            Read(workflowsDir, "*.json"));
    }

    private static List<PackFile> Read(string folder, string pattern) =>
        System.IO.Directory.EnumerateFiles(folder, pattern)
            .Order(StringComparer.Ordinal)
            .Select(f => new PackFile(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
}
