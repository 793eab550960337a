using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Channel.SampleData;
using FlowChannel.Application.Packs;
using FlowChannel.Persistence;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Web.Tests.Packs;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel.SampleData;

/// <summary>
/// The install-with-sample-data hook on a real SQLite file: an app started without sample data has the pack but no
/// partners and no demo users; installing the Channel Management pack through the API without sample data adds none,
/// with sample data generates the records and the demo users, and a second install with sample data adds nothing.
/// A generation that fails after some batches were written leaves nothing behind.
/// </summary>
public sealed class PackSampleDataInstallTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pack-sample-");
    private FlowChannelHost _host = default!;

    public Task InitializeAsync()
    {
        _host = PackSampleDataScenario.Host(_folder, "Sqlite", null);
        return Task.CompletedTask;
    }

    [Fact]
    public Task Installing_with_sample_data_creates_records_and_demo_users_once_and_without_it_creates_none() =>
        PackSampleDataScenario.InstallTwiceAsync(_host);

    [Fact]
    public Task A_generation_failing_after_written_batches_leaves_no_record_nor_side_row() =>
        PackSampleDataScenario.FailAfterBatchesAsync(_host);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}

/// <summary>The same on PostgreSQL, where the bulk inserter writes with binary COPY.</summary>
public sealed class PackSampleDataInstallPostgreSqlTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-pack-sample-");
    private FlowChannelHost? _host;

    public async Task InitializeAsync() => _host = PackSampleDataScenario.Host(_folder, "PostgreSql", await postgres.CreateDatabaseAsync("sample"));

    [Fact]
    public Task Installing_with_sample_data_creates_records_and_demo_users_once_on_postgresql() =>
        PackSampleDataScenario.InstallTwiceAsync(_host!);

    [Fact]
    public Task A_generation_failing_after_written_batches_leaves_nothing_on_postgresql() =>
        PackSampleDataScenario.FailAfterBatchesAsync(_host!);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        _folder.Delete(recursive: true);
    }
}

internal static class PackSampleDataScenario
{
    private static readonly string[] DemoUsers = ["applicant", "manager", "partner-admin", "partner-user"];

    public static FlowChannelHost Host(DirectoryInfo folder, string provider, string? connectionString) =>
        new(folder.FullName, provider, connectionString, new Dictionary<string, string?>
        {
            ["FlowChannel:SampleData"] = "false",
            ["FlowChannel:SampleScale"] = "0.02",
            ["FlowChannel:Scheduler:Enabled"] = "false",
        });

    public static async Task InstallTwiceAsync(FlowChannelHost host)
    {
        var admin = await ApiClient.AdminAsync(host);
        Assert.Equal((0, 0), await CountsAsync(host));
        Assert.Empty(await DemoUsersAsync(host));

        var plain = await InstallAsync(admin, sampleData: false);
        Assert.Equal(0, (int)plain["sampleRecords"]!);
        Assert.Equal((0, 0), await CountsAsync(host));
        Assert.Empty(await DemoUsersAsync(host));

        var first = await InstallAsync(admin, sampleData: true);
        var (partners, records) = await CountsAsync(host);
        // Scale 0.02 adds a few generated partners beside the six named demo partners, with their history.
        Assert.InRange(partners, 7, 12);
        Assert.Equal(records, (int)first["sampleRecords"]!);
        Assert.True(records > partners, $"{records} records");
        Assert.Equal(DemoUsers, await DemoUsersAsync(host));
        // The host sets FLOWCHANNEL_SAMPLE_PASSWORD: the accounts are listed, their password is that one.
        Assert.All(first["demoAccounts"]!.AsArray(), a => Assert.Null((string?)a!["generatedPassword"]));
        using (var partnerAdmin = await ApiClient.SignInAsync(host, "partner-admin", FlowChannelHost.SamplePassword))
        {
            var own = Assert.Single((await partnerAdmin.GetFromJsonAsync<JsonArray>("/api/partners"))!);
            Assert.Equal("华东智联科技有限公司", (string?)own!["data"]!["companyName"]);
        }
        var listing = (await admin.GetFromJsonAsync<JsonObject>("/api/packs"))!;
        var installed = Assert.Single(listing["installed"]!.AsArray(), p => (string?)p!["id"] == BundledPacks.ChannelManagementId);
        Assert.True((bool)installed!["withSampleData"]!);

        var again = await InstallAsync(admin, sampleData: true);
        Assert.Equal(0, (int)again["sampleRecords"]!);
        Assert.Empty(again["demoAccounts"]!.AsArray());
        Assert.Equal((partners, records), await CountsAsync(host));
        Assert.Equal(DemoUsers, await DemoUsersAsync(host));
    }

    /// <summary>
    /// The risk-warning form gets a required field the generator does not fill; risk warnings come last, after the first
    /// batches of partners, goals and orders were written, so the refusal must roll all of them back with their side rows.
    /// </summary>
    public static async Task FailAfterBatchesAsync(FlowChannelHost host)
    {
        var admin = await ApiClient.AdminAsync(host);
        await InstallAsync(admin, sampleData: false);
        await RequireAFieldAsync(admin, "/api/forms/risk-warning");
        var before = await SideRowsAsync(host);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new GenerateSampleData(null, 3, 0.3m, new DateOnly(2026, 10, 1))));
            Assert.Contains("risk-warning", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await SideRowsAsync(host));
        var written = ChannelSampleGenerator.Generate(new SampleSpec(3, 0.3m, new DateOnly(2026, 10, 1)), null, [], includeNamed: true)
            .TakeWhile(r => r.FormId != "risk-warning").Count();
        Assert.True(written > SampleRecordWriter.BatchSize, $"only {written} records before the first risk warning: no batch was written before the failure");
    }

    private static async Task RequireAFieldAsync(HttpClient admin, string form)
    {
        var version = (await admin.GetFromJsonAsync<JsonObject>(form))!["version"]!.GetValue<int>();
        var schema = (await admin.GetFromJsonAsync<JsonObject>($"{form}/versions/{version}"))!["schema"]!.AsObject();
        schema["fields"]!.AsArray().Add(JsonNode.Parse("""{"key": "reviewNote", "type": "text", "required": true, "label": {"zh-CN": "复核", "en": "Review"}}"""));
        var saved = await admin.PutAsJsonAsync($"{form}/draft", schema);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync($"{form}/publish", null)).StatusCode);
    }

    private static async Task<JsonNode> InstallAsync(HttpClient admin, bool sampleData)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, BundledPacks.Folder, BundledPacks.ChannelManagementId);
        using var zip = new MemoryStream();
        ZipFile.CreateFromDirectory(folder, zip);
        var response = await TestPacks.ImportAsync(admin, zip.ToArray(), sampleData: sampleData);
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body;
    }

    /// <summary>Partner profiles, and all records of the pack's forms.</summary>
    private static async Task<(int Partners, int Records)> CountsAsync(FlowChannelHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return (await db.FormRecords.CountAsync(r => r.FormId == "partner-profile"), await db.FormRecords.CountAsync());
    }

    /// <summary>Every table a record write fills, and the serial counters and stored files it moves.</summary>
    private static async Task<string> SideRowsAsync(FlowChannelHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return string.Join(", ", await db.FormRecords.IgnoreQueryFilters().CountAsync(), await db.RecordFieldValues.CountAsync(),
            await db.RecordFieldReferences.CountAsync(), await db.RecordFacts.CountAsync(), await db.RecordFactSlots.CountAsync(),
            await db.RecordUniqueValues.CountAsync(), await db.SerialCounters.SumAsync(c => c.Value), await db.StoredFiles.CountAsync());
    }

    private static async Task<List<string>> DemoUsersAsync(FlowChannelHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.Users.Where(u => DemoUsers.Contains(u.UserName!)).OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync();
    }
}
