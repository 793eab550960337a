using System.Diagnostics;
using System.Text;

namespace FlowChannel.TestSupport;

/// <summary>Runs a PostgreSQL binary (as the <c>postgres</c> OS user when asked, since the server refuses root).</summary>
internal static class PostgresTool
{
    public const string SuperUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    public static async Task<ProcessResult> RunCheckedAsync(
        string workingDirectory, string fileName, IReadOnlyList<string> arguments, bool asPostgresUser, CancellationToken cancellationToken)
    {
        var result = await RunAsync(workingDirectory, fileName, arguments, asPostgresUser, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe());
        }

        return result;
    }

    public static async Task<ProcessResult> RunAsync(
        string workingDirectory, string fileName, IReadOnlyList<string> arguments, bool asPostgresUser, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (asPostgresUser)
        {
            startInfo.FileName = "runuser";
            foreach (var arg in (string[])["-u", SuperUser, "--", fileName])
            {
                startInfo.ArgumentList.Add(arg);
            }
        }
        else
        {
            startInfo.FileName = fileName;
        }

        foreach (var arg in arguments)
        {
            startInfo.ArgumentList.Add(arg);
        }

        // Keep the environment from pointing the client tools elsewhere.
        foreach (var name in (string[])["PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGSERVICE", "PGDATA", "PGOPTIONS"])
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["LC_MESSAGES"] = "C";
        var commandLine = string.Join(' ', startInfo.ArgumentList.Prepend(startInfo.FileName));

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not run '{commandLine}': {ex.Message}", ex);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new InvalidOperationException($"'{commandLine}' did not finish within {CommandTimeout.TotalSeconds:0} s.");
        }

        return new ProcessResult(commandLine, process.ExitCode, await stdout, await stderr);
    }
}

internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() =>
        $"'{CommandLine}' exited with code {ExitCode}.{Environment.NewLine}" +
        $"stdout: {StandardOutput.Trim()}{Environment.NewLine}stderr: {StandardError.Trim()}";
}
