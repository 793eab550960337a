namespace FlowChannel.Application.Packs;

/// <summary>
/// The one rule for paths inside a pack, in its manifest as in its archive: relative, '/'-separated, no '..' or '.'
/// segments, no drive or root, no backslash. Anything else could write or read outside the pack (zip slip).
/// </summary>
public static class PackPaths
{
    public const int MaxLength = 260;

    /// <returns>Why the path is refused, or null when it is a plain path inside the pack.</returns>
    public static string? Problem(string path)
    {
        if (path.Length == 0 || path.Length > MaxLength)
        {
            return $"A path inside the pack has 1 to {MaxLength} characters.";
        }
        if (path.Contains('\\', StringComparison.Ordinal))
        {
            return $"'{path}' contains a backslash; paths inside a pack use '/'.";
        }
        if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':'))
        {
            return $"'{path}' is absolute; paths inside a pack are relative to its root.";
        }
        if (path.Split('/').Any(s => s is "" or "." or ".."))
        {
            return $"'{path}' escapes the pack or has an empty segment ('..', '.', '//').";
        }
        if (path.Any(char.IsControl))
        {
            return $"'{path}' contains a control character.";
        }
        return null;
    }
}
