using System.IO.Compression;
using System.Text;
using FlowChannel.Application.Packs.Manifest;

namespace FlowChannel.Application.Packs;

/// <summary>The outcome of reading a pack: its source when it is sound, else every error found.</summary>
public sealed record PackReadResult(PackSource? Source, IReadOnlyList<PackError> Errors)
{
    public PackSource SourceOrThrow() => Source ?? throw new PackImportException(Errors);
}

/// <summary>
/// Reads a pack from a folder or a .zip, refusing archives that are not zips, entries that would land outside the
/// pack, bombs (too many files, too large, too compressed) and manifest errors; it lists every problem it finds.
/// </summary>
public static class PackReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PackReadResult ReadZip(Stream archive, PackLimits limits)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new List<PackError>();
        var buffer = new MemoryStream();
        if (!CopyCapped(archive, buffer, limits.MaxArchiveBytes))
        {
            return Failed(new PackError("", "", $"The archive is larger than {Mb(limits.MaxArchiveBytes)}."));
        }
        buffer.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(buffer, ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            return Failed(new PackError("", "", $"The file is not a readable zip archive: {e.Message}"));
        }
        using (zip)
        {
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            var budget = new PackBudget(limits);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/') && entry.Length == 0)
                {
                    continue;
                }
                if (PackPaths.Problem(entry.FullName) is { } problem)
                {
                    errors.Add(new PackError(entry.FullName, "", "Refused entry: " + problem));
                    continue;
                }
                budget.Declare(entry.FullName, entry.Length, entry.CompressedLength, errors);
                entries[entry.FullName] = entry;
            }
            if (errors.Count > 0)
            {
                return new PackReadResult(null, errors);
            }
            var prefix = RootPrefix(entries);
            return Assemble(path => entries.TryGetValue(prefix + path, out var entry) ? Inflate(entry, budget, errors) : null, errors);
        }
    }

    /// <summary>Reads a pack folder. <paramref name="fallbackRoot"/> serves files the folder lacks (see <see cref="BundledPacks"/>).</summary>
    public static PackReadResult ReadFolder(string folder, PackLimits limits, string? fallbackRoot = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (!System.IO.Directory.Exists(folder))
        {
            return Failed(new PackError(folder, "", "No such folder."));
        }
        var errors = new List<PackError>();
        var budget = new PackBudget(limits);
        string? Read(string path)
        {
            var file = new[] { folder, fallbackRoot }.OfType<string>().Select(root => Path.Combine(root, path))
                .FirstOrDefault(File.Exists);
            if (file is null)
            {
                return null;
            }
            // A link inside the pack folder could point anywhere on the server.
            if (new FileInfo(file).LinkTarget is not null)
            {
                errors.Add(new PackError(path, "", "Refused: the file is a symbolic link."));
                return null;
            }
            var length = new FileInfo(file).Length;
            budget.Declare(path, length, length, errors);
            return errors.Count > 0 ? null : Decode(path, File.ReadAllBytes(file), errors);
        }
        var count = System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Take(limits.MaxFiles + 1).Count();
        if (count > limits.MaxFiles)
        {
            return Failed(new PackError("", "", $"The pack has more than {limits.MaxFiles} files."));
        }
        return Assemble(Read, errors);
    }

    private static PackReadResult Assemble(Func<string, string?> read, List<PackError> errors)
    {
        var manifestJson = read(PackManifestReader.FileName);
        if (manifestJson is null)
        {
            if (errors.Count == 0)
            {
                errors.Add(new PackError(PackManifestReader.FileName, "", "The pack has no pack.json manifest at its root."));
            }
            return new PackReadResult(null, errors);
        }
        var manifest = PackManifestReader.Read(manifestJson, errors);
        if (manifest is null)
        {
            return new PackReadResult(null, errors);
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in manifest.Contents.AllFiles)
        {
            var before = errors.Count;
            if (read(path) is { } text)
            {
                files[path] = text;
            }
            else if (errors.Count == before)
            {
                errors.Add(new PackError(path, "", "Listed in pack.json but not in the pack."));
            }
        }
        return errors.Count > 0 ? new PackReadResult(null, errors) : new PackReadResult(new PackSource(manifest, manifestJson, files), []);
    }

    /// <summary>A zip made by compressing the pack's folder has everything under one top folder; that folder is the root.</summary>
    private static string RootPrefix(Dictionary<string, ZipArchiveEntry> entries)
    {
        var names = entries.Keys;
        if (names.Contains(PackManifestReader.FileName))
        {
            return "";
        }
        var tops = names.Select(n => n.Split('/')[0]).Distinct(StringComparer.Ordinal).ToList();
        return tops.Count == 1 && entries.ContainsKey(tops[0] + "/" + PackManifestReader.FileName) ? tops[0] + "/" : "";
    }

    private static string? Inflate(ZipArchiveEntry entry, PackBudget budget, List<PackError> errors)
    {
        using var target = new MemoryStream();
        try
        {
            using var source = entry.Open();
            if (!CopyCapped(source, target, budget.RemainingFor(entry.Length)))
            {
                // The declared size lied: the entry inflates past what the header said.
                errors.Add(new PackError(entry.FullName, "", "Refused: the file inflates past its declared size or the pack's limits."));
                return null;
            }
        }
        catch (InvalidDataException e)
        {
            errors.Add(new PackError(entry.FullName, "", $"The archive entry is corrupt: {e.Message}"));
            return null;
        }
        return Decode(entry.FullName, target.ToArray(), errors);
    }

    private static string? Decode(string path, byte[] bytes, List<PackError> errors)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new PackError(path, "", "The file is not UTF-8 text."));
            return null;
        }
    }

    private static bool CopyCapped(Stream source, Stream target, long cap)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > cap)
            {
                return false;
            }
            target.Write(chunk, 0, read);
        }
        return true;
    }

    private static PackReadResult Failed(PackError error) => new(null, [error]);

    internal static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";
}
