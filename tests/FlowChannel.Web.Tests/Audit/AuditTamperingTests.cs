using System.Diagnostics;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace FlowChannel.Web.Tests.Audit;

/// <summary>
/// Someone with access to the database file edits the log behind the application's back: the verify endpoint and
/// <c>flowchannel audit verify</c> (the real executable, on the same file) both name the entry.
/// </summary>
public sealed class AuditTamperingTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Edited_entry_is_reported_by_the_api_and_by_the_cli_which_then_exits_non_zero()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        Assert.True((bool)(await AuditLogClient.VerifyAsync(admin))["intact"]!);
        var (code, output, error) = await VerifyWithCliAsync();
        Assert.True(code == 0, $"exit {code}: {output} {error}");
        Assert.StartsWith("ok — audit chain intact:", output, StringComparison.Ordinal);

        await ExecuteSqlAsync("""UPDATE "AuditLog" SET "Detail" = 'version 0' WHERE "Sequence" = 2""");

        var report = await AuditLogClient.VerifyAsync(admin);
        Assert.False((bool)report["intact"]!);
        Assert.Equal(2, (long)report["break"]!["sequence"]!);
        Assert.Equal("HashMismatch", (string)report["break"]!["check"]!);
        (code, output, _) = await VerifyWithCliAsync();
        Assert.Equal(1, code);
        Assert.Contains("BROKEN — audit chain broken at entry 2 (HashMismatch)", output, StringComparison.Ordinal);
    }

    private async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Host.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<(int Code, string Output, string Error)> VerifyWithCliAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "flowchannel.dll"), "audit", "verify"])
        {
            WorkingDirectory = fixture.DataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__FlowChannel"] = $"Data Source={fixture.Host.DatabaseFile}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
