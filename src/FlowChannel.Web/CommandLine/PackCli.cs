using FlowChannel.Application.Packs;
using FlowChannel.Application.Packs.Export;
using FlowChannel.Application.Packs.Install;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.CommandLine;

/// <summary>
/// <c>flowchannel pack import PATH [--dry-run] [--sample-data]</c> and <c>flowchannel pack export ID --out FILE</c>,
/// on the configured database. Whoever can run these holds the server's configuration, so they act as the platform
/// (no sign-in); the audit log records them without a user.
/// </summary>
public static class PackCli
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int SchemaBehind = 2;

    public static bool IsVerb(string[] args) => args is ["pack", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        await using var scope = services.CreateAsyncScope();
        if ((await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("The database schema is not up to date: run 'flowchannel db migrate' first.");
            return SchemaBehind;
        }
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var limits = scope.ServiceProvider.GetRequiredService<IOptions<PackLimits>>().Value;
        try
        {
            return args switch
            {
                ["pack", "import", var path, .. var flags] when flags.All(f => f is "--dry-run" or "--sample-data") =>
                    await ImportAsync(mediator, limits, path, flags.Contains("--dry-run"), flags.Contains("--sample-data"), output, error),
                ["pack", "export", var id, "--out", var file] => await ExportAsync(mediator, id, file, output),
                _ => Usage(error),
            };
        }
        catch (PackImportException e)
        {
            foreach (var problem in e.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }
            await error.WriteLineAsync($"The pack was refused ({e.Errors.Count} problems); nothing was changed.");
            return Refused;
        }
        catch (Application.Common.NotFoundException e)
        {
            await error.WriteLineAsync(e.Message);
            return Refused;
        }
    }

    private static async Task<int> ImportAsync(IMediator mediator, PackLimits limits, string path, bool dryRun, bool sampleData,
        TextWriter output, TextWriter error)
    {
        PackReadResult read;
        if (Directory.Exists(path))
        {
            read = PackReader.ReadFolder(path, limits);
        }
        else if (File.Exists(path))
        {
            await using var zip = File.OpenRead(path);
            read = PackReader.ReadZip(zip, limits);
        }
        else
        {
            await error.WriteLineAsync($"{path}: no such file or folder.");
            return Refused;
        }
        var report = await mediator.Send(new InstallPack(null, read.SourceOrThrow(), dryRun, sampleData));
        await output.WriteLineAsync($"{(dryRun ? "Dry run — nothing written. " : "")}{report.Name} {report.Version}"
            + (report.PreviousVersion is { } previous ? $" (installed: {previous})" : ""));
        foreach (var change in report.Changes)
        {
            await output.WriteLineAsync($"  {change.Action,-9} {change.Kind,-13} {change.Id}{(change.Detail is null ? "" : $"  ({change.Detail})")}");
        }
        if (report.DemoAccounts.Count > 0)
        {
            // The only time these passwords are shown: the database keeps their hashes.
            await output.WriteLineAsync("Demo accounts created (passwords shown only now; have each user change theirs after signing in):");
            foreach (var account in report.DemoAccounts)
            {
                await output.WriteLineAsync($"  {account.UserName,-14} {account.Role,-16} {account.GeneratedPassword ?? $"({Application.Setup.FlowChannelSetup.SamplePasswordVariable})"}");
            }
        }
        return Ok;
    }

    private static async Task<int> ExportAsync(IMediator mediator, string id, string file, TextWriter output)
    {
        var pack = await mediator.Send(new ExportPack(null, id));
        await File.WriteAllBytesAsync(file, pack.Content);
        await output.WriteLineAsync($"{file}: pack '{id}' — {pack.FormCount} forms, {pack.WorkflowCount} workflows");
        return Ok;
    }

    private static int Usage(TextWriter error)
    {
        error.WriteLine("Usage: flowchannel pack import PATH [--dry-run] [--sample-data] | flowchannel pack export ID --out FILE");
        return 64;
    }
}
