using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FlowChannel.TestSupport;

/// <summary>
/// A private, throw-away PostgreSQL server for tests: its own data directory in a temporary folder, its own
/// free TCP port on 127.0.0.1, trust authentication and no durability (fsync off). Uses the Debian server
/// binaries under <c>/usr/lib/postgresql/*/bin</c> (installed by <c>scripts/ensure-postgres.sh</c>).
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root, so when the tests run as root the server binaries run as the
/// <c>postgres</c> operating-system user (through <c>runuser</c>) and the temporary folder is handed to that user.
/// Client binaries (<c>psql</c>, <c>createdb</c>) connect over TCP with trust authentication and run as the caller.
/// Set <c>FLOWCHANNEL_POSTGRES_BIN</c> to use binaries from another directory.
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable
{
        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly bool _runAsPostgresUser;
    private int _disposed;

    private PostgresServer(string binDirectory, string rootDirectory, bool runAsPostgresUser)
    {
        BinDirectory = binDirectory;
        RootDirectory = rootDirectory;
        _runAsPostgresUser = runAsPostgresUser;
    }

    /// <summary>The directory holding <c>initdb</c>, <c>pg_ctl</c>, <c>postgres</c>, <c>psql</c> and <c>createdb</c>.</summary>
    public string BinDirectory { get; }

    /// <summary>The temporary folder of this server: data directory, log file and unix socket.</summary>
    public string RootDirectory { get; }

    /// <summary>The server's data directory.</summary>
    public string DataDirectory => Path.Combine(RootDirectory, "data");

    /// <summary>The server's log file (included in error messages when something fails).</summary>
    public string LogFile => Path.Combine(RootDirectory, "postgres.log");

    /// <summary>Always 127.0.0.1.</summary>
    public static string Host => "127.0.0.1";

    /// <summary>The TCP port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>True when PostgreSQL server binaries can be found on this machine.</summary>
    public static bool IsAvailable => FindBinDirectory() is not null;

    /// <summary>An Npgsql connection string for <paramref name="database"/> on this server, as the superuser.</summary>
    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host={Host};Port={Port};Username={PostgresTool.SuperUser};Database={database}");

    /// <summary>Creates, starts and waits for a new private server.</summary>
    /// <exception cref="InvalidOperationException">The PostgreSQL binaries are missing, or the server did not start.</exception>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binDirectory = FindBinDirectory() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found under {PostgresBinaries.Root}/*/bin. " +
            "Run scripts/ensure-postgres.sh (or ./test.sh, which runs it) to install Debian's postgresql package, " +
            "or set FLOWCHANNEL_POSTGRES_BIN to a directory that holds them.");

        var runAsPostgresUser = IsRoot();

        // Under root, use /tmp: a TMPDIR below /root would not be reachable for the postgres user.
        var tempBase = runAsPostgresUser ? "/tmp" : Path.GetTempPath();
        var rootDirectory = Path.Combine(tempBase, "flowchannel-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(rootDirectory);

        var server = new PostgresServer(binDirectory, rootDirectory, runAsPostgresUser);
        try
        {
            await server.InitializeAsync(cancellationToken);
            await server.StartServerAsync(cancellationToken);
            AppDomain.CurrentDomain.ProcessExit += server.OnProcessExit;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates an empty database owned by the superuser.</summary>
    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await PostgresTool.RunCheckedAsync(RootDirectory, 
            Tool("createdb"),
            ["-h", Host, "-p", PortText, "-U", PostgresTool.SuperUser, "--", name],
            asPostgresUser: false,
            cancellationToken);
    }

    /// <summary>Drops a database if it exists, closing its open connections first.</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await ExecuteSqlAsync(
            "postgres",
            $"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)",
            cancellationToken);
    }

    /// <summary>
    /// Runs SQL through <c>psql</c> (stopping at the first error) and returns its unaligned, tuples-only output,
    /// trimmed: a single value comes back as just that value.
    /// </summary>
    public async Task<string> ExecuteSqlAsync(string database, string sql, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var result = await PostgresTool.RunCheckedAsync(RootDirectory, 
            Tool("psql"),
            ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t", "-h", Host, "-p", PortText, "-U", PostgresTool.SuperUser, "-d", database, "-c", sql],
            asPostgresUser: false,
            cancellationToken);
        return result.StandardOutput.Trim();
    }

    /// <summary>Stops the server at once (no checkpoint: the data is thrown away) and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            // Best effort: a failure to stop still leaves the folder to delete, and is reported by the log.
            await PostgresTool.RunAsync(RootDirectory, Tool("pg_ctl"), StopArguments(), _runAsPostgresUser, CancellationToken.None);
        }

        DeleteRootDirectory();
    }

    /// <summary>The highest-versioned PostgreSQL bin directory, or null when there is none.</summary>
    public static string? FindBinDirectory() => PostgresBinaries.Find();

    private string PortText => Port.ToString(CultureInfo.InvariantCulture);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_runAsPostgresUser)
        {
            await PostgresTool.RunCheckedAsync(RootDirectory, "chown", ["-R", $"{PostgresTool.SuperUser}:{PostgresTool.SuperUser}", RootDirectory], asPostgresUser: false, cancellationToken);
        }

        await PostgresTool.RunCheckedAsync(RootDirectory, 
            Tool("initdb"),
            ["-D", DataDirectory, "-A", "trust", "-U", PostgresTool.SuperUser, "--no-sync", "-E", "UTF8", "--locale=C", "--no-instructions"],
            _runAsPostgresUser,
            cancellationToken);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeTcpPort.Get();
            var options = string.Join(
                ' ',
                "-p", PortText,
                "-h", Host,
                "-k", RootDirectory,
                "-c", "fsync=off",
                "-c", "full_page_writes=off",
                "-c", "synchronous_commit=off",
                "-c", "max_connections=200");
            var start = await PostgresTool.RunAsync(RootDirectory, 
                Tool("pg_ctl"),
                ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "30", "-o", options],
                _runAsPostgresUser,
                cancellationToken);
            if (start.ExitCode == 0)
            {
                break;
            }

            var log = ReadLog();
            if (attempt < attempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                // Another process took the port between FreeTcpPort.Get() and the bind: try another one.
                continue;
            }

            throw new InvalidOperationException(
                $"PostgreSQL did not start on port {Port}.{Environment.NewLine}{start.Describe()}{Environment.NewLine}" +
                $"Server log ({LogFile}):{Environment.NewLine}{log}");
        }

        await WaitUntilReadyAsync(cancellationToken);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        ProcessResult last;
        do
        {
            last = await PostgresTool.RunAsync(RootDirectory, 
                Tool("pg_isready"),
                ["-h", Host, "-p", PortText, "-U", PostgresTool.SuperUser, "-d", "postgres", "-t", "5"],
                asPostgresUser: false,
                cancellationToken);
            if (last.ExitCode == 0)
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }
        while (stopwatch.Elapsed < StartTimeout);

        throw new InvalidOperationException(
            $"PostgreSQL did not accept connections on {Host}:{Port} within {StartTimeout.TotalSeconds:0} s." +
            $"{Environment.NewLine}{last.Describe()}{Environment.NewLine}Server log ({LogFile}):{Environment.NewLine}{ReadLog()}");
    }

    private string[] StopArguments() => ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "30"];

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // The test host is exiting without having disposed the server: do not leave a postmaster behind.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        PostgresTool.RunAsync(RootDirectory, Tool("pg_ctl"), StopArguments(), _runAsPostgresUser, CancellationToken.None).GetAwaiter().GetResult();
        DeleteRootDirectory();
    }

    private void DeleteRootDirectory()
    {
        try
        {
            if (Directory.Exists(RootDirectory))
            {
                Directory.Delete(RootDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private string ReadLog()
    {
        try
        {
            return File.Exists(LogFile) ? File.ReadAllText(LogFile) : "(no log file)";
        }
        catch (IOException ex)
        {
            return $"(could not read the log: {ex.Message})";
        }
        catch (UnauthorizedAccessException ex)
        {
            return $"(could not read the log: {ex.Message})";
        }
    }

    private string Tool(string name) => Path.Combine(BinDirectory, name);

    private static bool IsRoot()
    {
        // /proc/self/status has "Uid:\t<real>\t<effective>\t...": the effective uid decides.
        try
        {
            var uidLine = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            if (uidLine is not null)
            {
                var fields = uidLine.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
                return fields.Length > 2 && fields[2] == "0";
            }
        }
        catch (IOException)
        {
            // Fall back to the user name below.
        }

        return Environment.UserName == "root";
    }
}
