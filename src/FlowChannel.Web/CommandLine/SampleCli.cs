using System.Globalization;
using FlowChannel.Application.Channel.SampleData;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.CommandLine;

/// <summary>
/// <c>flowchannel sample generate [--seed N] [--scale X] [--last-month yyyy-MM]</c>: fills the Channel Management
/// pack's forms with generated sample data on the configured database, in one transaction, as the platform. The
/// benchmarks use it for large sets (about 8,000 records per unit of scale: scale 125 is about a million).
/// </summary>
public static class SampleCli
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int UsageError = 64;

    public static bool IsVerb(string[] args) => args is ["sample", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Parse(args) is not { } command)
        {
            await error.WriteLineAsync("Usage: flowchannel sample generate [--seed N] [--scale X] [--last-month yyyy-MM]");
            return UsageError;
        }
        await using var scope = services.CreateAsyncScope();
        if ((await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("The database schema is not up to date: run 'flowchannel db migrate' first.");
            return PackCli.SchemaBehind;
        }
        try
        {
            // Timed here, without the host's start, so that a benchmark run reads the generation's own time.
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
            var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Seed {report.Seed}, scale {report.Scale}, history to {report.LastMonth:yyyy-MM}: {report.Total} records in {seconds:0.0} s"));
            foreach (var (form, count) in report.Records.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {form,-18} {count,9}"));
            }
            return Ok;
        }
        catch (Application.Common.FlowChannelException e)
        {
            await error.WriteLineAsync(e.Message + " Nothing was written; is the Channel Management pack installed?");
            return Refused;
        }
    }

    private static GenerateSampleData? Parse(string[] args)
    {
        if (args is not ["sample", "generate", .. var options] || options.Length % 2 != 0)
        {
            return null;
        }
        var (seed, scale, lastMonth) = (SampleSpec.DefaultSeed, 1m, (DateOnly?)null);
        for (var i = 0; i < options.Length; i += 2)
        {
            var value = options[i + 1];
            var ok = options[i] switch
            {
                "--seed" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed),
                "--scale" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out scale),
                "--last-month" => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                    && (lastMonth = month) is not null,
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }
        return new GenerateSampleData(null, seed, scale, lastMonth);
    }
}
