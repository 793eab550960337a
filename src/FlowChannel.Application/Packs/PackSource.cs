using FlowChannel.Application.Packs.Manifest;

namespace FlowChannel.Application.Packs;

/// <summary>A template pack read and checked for its shape: the manifest and the text of every file it lists.</summary>
public sealed record PackSource(PackManifest Manifest, string ManifestJson, IReadOnlyDictionary<string, string> Files)
{
    public string PackId => Manifest.Id;

    public IReadOnlyList<PackFile> Forms => Listed(Manifest.Contents.Forms);

    public IReadOnlyList<PackFile> Workflows => Listed(Manifest.Contents.Workflows);

    public IReadOnlyList<PackFile> KeptFiles => Listed(Manifest.Contents.KeptFiles);

    public PackFile? SampleData => Manifest.Contents.SampleData is { } path ? new PackFile(path, Files[path]) : null;

    private List<PackFile> Listed(IEnumerable<string> paths) => paths.Select(p => new PackFile(p, Files[p])).ToList();
}

public sealed record PackFile(string Path, string Content);

/// <summary>One problem in a pack, naming the file and the place inside it.</summary>
public sealed record PackError(string File, string Path, string Message)
{
    public override string ToString() => $"{File}{(Path.Length > 0 ? "#" + Path : "")}: {Message}";
}

/// <summary>The pack has errors; nothing was imported.</summary>
public sealed class PackImportException(IReadOnlyList<PackError> errors)
    : Exception("The pack cannot be imported:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<PackError> Errors { get; } = errors;
}
