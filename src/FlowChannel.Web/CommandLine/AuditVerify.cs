using FlowChannel.Persistence;
using FlowChannel.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.CommandLine;

/// <summary>
/// <c>flowchannel audit verify</c>: walks the audit chain of the configured database and says whether it is intact.
/// Whoever can run this holds the server's configuration and database credentials, so no sign-in is asked for.
/// </summary>
public static class AuditVerify
{
    public const int Intact = 0;
    public const int Broken = 1;
    public const int SchemaBehind = 2;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        // Verifying changes nothing, so it does not migrate; an older schema has no chain to walk yet.
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("The database schema is not up to date: run 'flowchannel db migrate' first.");
            return SchemaBehind;
        }

        var report = await AuditChainVerifier.VerifyAsync(db);
        if (report.Intact)
        {
            await output.WriteLineAsync($"ok — audit chain intact: {report.Count} entries, head {report.HeadHash}");
            return Intact;
        }

        var at = report.Break!.Sequence is { } sequence ? $"entry {sequence}" : "a row outside the chain";
        await output.WriteLineAsync($"BROKEN — audit chain broken at {at} ({report.Break.Check}): {report.Break.Message}");
        await output.WriteLineAsync($"{report.Count} entries before it are intact.");
        return Broken;
    }
}
