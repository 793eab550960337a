using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Packs;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Web.Tests.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel.SampleData;

/// <summary>
/// The install-with-sample-data hook on a real SQLite file: an app started without sample data has the pack but no
/// partners and no demo users; installing the Channel Management pack through the API without sample data adds none,
/// with sample data generates the records and the demo users, and a second install with sample data adds nothing.
/// </summary>
public sealed class PackSampleDataInstallTests : IAsyncLifetime
{
    private static readonly string[] DemoUsers = ["applicant", "manager", "partner-admin", "partner-user"];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pack-sample-");
    private FlowChannelHost _host = default!;

    public Task InitializeAsync()
    {
        _host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?>
        {
            ["FlowChannel:SampleData"] = "false",
            ["FlowChannel:SampleScale"] = "0.02",
            ["FlowChannel:Scheduler:Enabled"] = "false",
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Installing_with_sample_data_creates_records_and_demo_users_once_and_without_it_creates_none()
    {
        var admin = await ApiClient.AdminAsync(_host);
        Assert.Equal((0, 0), await CountsAsync());
        Assert.Empty(await DemoUsersAsync());

        var plain = await InstallAsync(admin, sampleData: false);
        Assert.Equal(0, (int)plain["sampleRecords"]!);
        Assert.Equal((0, 0), await CountsAsync());
        Assert.Empty(await DemoUsersAsync());

        var first = await InstallAsync(admin, sampleData: true);
        var (partners, records) = await CountsAsync();
        // Scale 0.02 adds a few generated partners beside the six named demo partners, with their history.
        Assert.InRange(partners, 7, 12);
        Assert.Equal(records, (int)first["sampleRecords"]!);
        Assert.True(records > partners, $"{records} records");
        Assert.Equal(DemoUsers, await DemoUsersAsync());
        using (var partnerAdmin = await ApiClient.SignInAsync(_host, "partner-admin", FlowChannelHost.SamplePassword))
        {
            var own = Assert.Single((await partnerAdmin.GetFromJsonAsync<JsonArray>("/api/partners"))!);
            Assert.Equal("华东智联科技有限公司", (string?)own!["data"]!["companyName"]);
        }
        var listing = (await admin.GetFromJsonAsync<JsonObject>("/api/packs"))!;
        var installed = Assert.Single(listing["installed"]!.AsArray(), p => (string?)p!["id"] == BundledPacks.ChannelManagementId);
        Assert.True((bool)installed!["withSampleData"]!);

        var again = await InstallAsync(admin, sampleData: true);
        Assert.Equal(0, (int)again["sampleRecords"]!);
        Assert.Equal((partners, records), await CountsAsync());
        Assert.Equal(DemoUsers, await DemoUsersAsync());
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
    private async Task<(int Partners, int Records)> CountsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return (await db.FormRecords.CountAsync(r => r.FormId == "partner-profile"), await db.FormRecords.CountAsync());
    }

    private async Task<List<string>> DemoUsersAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.Users.Where(u => DemoUsers.Contains(u.UserName!)).OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
