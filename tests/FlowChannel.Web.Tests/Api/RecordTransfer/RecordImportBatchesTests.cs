using System.Text;
using FlowChannel.Persistence;
using FlowChannel.Persistence.FieldValues;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Api.RecordTransfer.ImportCalls;

namespace FlowChannel.Web.Tests.Api.RecordTransfer;

/// <summary>
/// Imports larger than one batch, written by the bulk path: a bad row after batches were written rolls all of them back
/// with their side rows and serial numbers, and a good file leaves every record with the side rows a save would give it.
/// Run on SQLite (prepared inserts) and on PostgreSQL (binary COPY).
/// </summary>
public sealed class RecordImportBatchesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public Task A_bad_row_after_written_batches_rolls_back_every_row_and_a_good_file_leaves_each_record_its_side_rows() =>
        ImportBatchesScenario.RunAsync(fixture.Host);
}

public sealed class RecordImportBatchesPostgreSqlTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-import-");
    private FlowChannelHost? _host;

    public async Task InitializeAsync() => _host = new FlowChannelHost(_folder.FullName, "PostgreSql", await postgres.CreateDatabaseAsync("import"));

    [Fact]
    public Task A_bad_row_after_written_batches_rolls_back_every_row_and_a_good_file_leaves_each_record_its_side_rows_on_postgresql() =>
        ImportBatchesScenario.RunAsync(_host!);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        _folder.Delete(recursive: true);
    }
}

internal static class ImportBatchesScenario
{
    public static async Task RunAsync(WebApplicationFactory<Program> host)
    {
        await EnsurePublishedAsync(host);
        var admin = await ApiClient.AdminAsync(host);
        var before = await CountsAsync(host);

        var rejected = await ImportAsync(admin, Csv(bad: 2_300), dryRun: false);

        Assert.Equal("failed", (string)rejected["state"]!);
        Assert.Equal([(2_301, "B", "type")], Errors(rejected));
        Assert.Equal(before, await CountsAsync(host));

        var done = await ImportAsync(admin, Csv(bad: null), dryRun: false);

        Assert.Equal("completed", (string)done["state"]!);
        Assert.Equal(2_500, (int)done["report"]!["written"]!);
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var records = await db.FormRecords.AsNoTracking().Where(r => r.FormId == FormId && r.DataJson.Contains("\"K-")).ToListAsync();
        Assert.Equal(2_500, records.Count);
        var ids = records.Select(r => r.Id).ToList();
        var values = (await db.RecordFieldValues.AsNoTracking().Where(v => ids.Contains(v.RecordId)).ToListAsync()).ToLookup(v => v.RecordId);
        var references = (await db.RecordFieldReferences.AsNoTracking().Where(v => ids.Contains(v.RecordId)).ToListAsync()).ToLookup(v => v.RecordId);
        foreach (var record in records)
        {
            Assert.Equal(Lines(RecordFieldValueRows.For(record.Id, record.FormId, record.DataJson)), Lines(values[record.Id]));
            Assert.Equal(RecordFieldReferenceIndex.RowsFor(record.Id, record.DataJson).Select(r => (r.FieldKey, r.TargetId)).Order(),
                references[record.Id].Select(r => (r.FieldKey, r.TargetId)).Order());
        }
        Assert.Equal(2_500, records.Count(r => references[r.Id].Any(x => x.FieldKey == "owner")));
        Assert.Equal(2_500, await db.RecordUniqueValues.CountAsync(u => ids.Contains(u.RecordId)));
    }

    /// <summary>2,500 rows (two full batches and a half), with a non-number amount on file line <paramref name="bad"/> + 1 when given.</summary>
    private static string Csv(int? bad)
    {
        var csv = new StringBuilder("订单号,金额,负责人\n");
        for (var i = 1; i <= 2_500; i++)
        {
            csv.Append("K-").Append(i).Append(',').Append(i == bad ? "many" : i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(",manager\n");
        }
        return csv.ToString();
    }

    private static List<string> Lines(IEnumerable<Persistence.Entities.RecordFieldValue> rows) =>
        [.. rows.Select(v => $"{v.FieldKey}#{v.Ordinal}:{v.Text}|{v.Number}|{v.Date:O}|{v.LinkedRecordId}").Order(StringComparer.Ordinal)];

    private static async Task<(int, int, int, int, long)> CountsAsync(WebApplicationFactory<Program> host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return (await db.FormRecords.IgnoreQueryFilters().CountAsync(), await db.RecordFieldValues.CountAsync(),
            await db.RecordFieldReferences.CountAsync(), await db.RecordUniqueValues.CountAsync(),
            await db.SerialCounters.SumAsync(c => c.Value));
    }
}
