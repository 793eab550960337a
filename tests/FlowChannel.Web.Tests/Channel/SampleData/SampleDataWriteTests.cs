using FlowChannel.Application.Channel.SampleData;
using FlowChannel.Persistence;
using FlowChannel.Web.CommandLine;
using FlowChannel.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel.SampleData;

/// <summary>Generated sample data written into the real app's SQLite database, by the command and by the CLI verb.</summary>
public sealed class SampleDataWriteTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Generated_records_are_written_like_an_import_with_serial_numbers_and_field_values_and_fire_nothing()
    {
        var (runs, instances, before) = await CountsAsync();

        SampleDataReport report;
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            report = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new GenerateSampleData(null, 11, 0.1m, new DateOnly(2026, 10, 1)));
        }

        await using var check = fixture.Host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        // The six named partners were there already (first start): only the 20 generated ones are added.
        Assert.Equal(20, report.Records["partner-profile"]);
        Assert.Equal(7, report.Records.Count);
        foreach (var (form, count) in report.Records)
        {
            Assert.Equal(before.GetValueOrDefault(form) + count, await db.FormRecords.CountAsync(r => r.FormId == form));
        }
        var orders = await db.FormRecords.Where(r => r.FormId == "sales-order").Select(r => new { r.Id, r.DataJson }).ToListAsync();
        Assert.All(orders, o => Assert.Matches("\"orderNo\":\"SO-\\d{6}-\\d{6}\"", o.DataJson));
        Assert.Equal(orders.Count, orders.Select(o => System.Text.RegularExpressions.Regex.Match(o.DataJson, "SO-\\d{6}-\\d{6}").Value).Distinct().Count());
        Assert.Equal(orders.Count, await db.RecordFieldValues.CountAsync(v => v.FormId == "sales-order" && v.FieldKey == "amount"));
        Assert.Equal(0, await db.FormRecords.CountAsync(r => r.FormId == "payment" && r.PartnerId == null));
        Assert.Equal((runs, instances), (await db.AutomationRuns.CountAsync(), await db.WorkflowInstances.CountAsync()));
    }

    [Fact]
    public async Task The_cli_verb_generates_with_the_seed_and_scale_given_and_refuses_bad_options()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await SampleCli.RunAsync(fixture.Host.Services, ["sample", "generate", "--seed", "5", "--scale", "0.05", "--last-month", "2026-06"], output, error);

        Assert.Equal(SampleCli.Ok, code);
        Assert.Matches(@"Seed 5, scale 0.05, history to 2026-06: \d+ records in \d+\.\d s", output.ToString());
        Assert.Matches(@"partner-profile\s+10", output.ToString());
        Assert.Equal(SampleCli.UsageError, await SampleCli.RunAsync(fixture.Host.Services, ["sample", "generate", "--scale", "lots"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(SampleCli.Refused, await SampleCli.RunAsync(fixture.Host.Services, ["sample", "generate", "--scale", "-1"], TextWriter.Null, error));
        Assert.Null(CliVerbs.TryRun(["sample", "generate"], TextWriter.Null, TextWriter.Null));
    }

    private async Task<(int Runs, int Instances, Dictionary<string, int> Records)> CountsAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var records = await db.FormRecords.GroupBy(r => r.FormId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return (await db.AutomationRuns.CountAsync(), await db.WorkflowInstances.CountAsync(), records);
    }
}
