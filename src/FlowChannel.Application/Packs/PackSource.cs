namespace FlowChannel.Application.Packs;

/// <summary>The files of a template pack: form schemas and Elsa-format workflow definitions.</summary>
public sealed record PackSource(string PackId, string Name, string Version, IReadOnlyList<PackFile> Forms, IReadOnlyList<PackFile> Workflows);

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
