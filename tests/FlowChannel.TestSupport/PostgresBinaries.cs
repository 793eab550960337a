namespace FlowChannel.TestSupport;

/// <summary>Finds Debian's PostgreSQL server binaries (or those named by <c>FLOWCHANNEL_POSTGRES_BIN</c>).</summary>
internal static class PostgresBinaries
{
    public const string Root = "/usr/lib/postgresql";

    /// <summary>The highest-versioned PostgreSQL bin directory, or null when there is none.</summary>
    public static string? Find()
    {
        var overridden = Environment.GetEnvironmentVariable("FLOWCHANNEL_POSTGRES_BIN");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return HasServerBinaries(overridden) ? overridden : null;
        }

        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(Root)
            .Select(dir => (Dir: dir, Version: ParseVersion(Path.GetFileName(dir))))
            .Where(x => x.Version is not null)
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, "bin"))
            .FirstOrDefault(HasServerBinaries);
    }

    private static bool HasServerBinaries(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : null;
}
