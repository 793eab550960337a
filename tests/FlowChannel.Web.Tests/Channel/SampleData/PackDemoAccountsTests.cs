using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Packs;
using FlowChannel.Persistence;
using FlowChannel.Web.CommandLine;
using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Web.Tests.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel.SampleData;

/// <summary>
/// Without <c>FLOWCHANNEL_SAMPLE_PASSWORD</c>, installing the Channel Management pack with sample data gives the demo
/// users generated passwords: the install's answer (REST API, CLI) lists them this once, they sign in, the database
/// holds no clear text of them, and a second install or the packs listing shows none.
/// </summary>
public sealed class PackDemoAccountsTests : IAsyncLifetime
{
    private static readonly string[] DemoUsers = ["applicant", "manager", "partner-admin", "partner-user"];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-demo-accounts-");
    private FlowChannelHost _host = default!;

    public Task InitializeAsync()
    {
        _host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?>
        {
            ["FlowChannel:SampleData"] = "false",
            ["FlowChannel:SampleScale"] = "0",
            ["FlowChannel:Scheduler:Enabled"] = "false",
            ["FLOWCHANNEL_SAMPLE_PASSWORD"] = "",
        });
        return Task.CompletedTask;
    }

    private static string PackFolder => Path.Combine(AppContext.BaseDirectory, BundledPacks.Folder, BundledPacks.ChannelManagementId);

    [Fact]
    public async Task The_api_returns_each_demo_account_with_its_password_once_and_never_again()
    {
        var admin = await ApiClient.AdminAsync(_host);
        using var zip = new MemoryStream();
        ZipFile.CreateFromDirectory(PackFolder, zip);

        var response = await TestPacks.ImportAsync(admin, zip.ToArray(), sampleData: true);

        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        Assert.True(response.Headers.CacheControl?.NoStore, "an answer with passwords must not be cached");
        var accounts = body["demoAccounts"]!.AsArray().ToDictionary(a => (string)a!["userName"]!, a => (string?)a!["generatedPassword"]);
        Assert.Equal(DemoUsers, accounts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("channel-manager", (string?)body["demoAccounts"]!.AsArray().Single(a => (string?)a!["userName"] == "manager")!["role"]);
        var passwords = accounts.Values.Select(p => Assert.IsType<string>(p)).ToList();
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
        foreach (var (user, password) in accounts)
        {
            using var signedIn = await ApiClient.SignInAsync(_host, user, password!);
            Assert.NotNull(signedIn.DefaultRequestHeaders.Authorization);
        }
        await AssertNowhereAsync(admin, passwords);

        var again = await TestPacks.ImportAsync(admin, zip.ToArray(), sampleData: true);

        Assert.Empty((await again.ReadJsonAsync())["demoAccounts"]!.AsArray());
    }

    [Fact]
    public async Task The_cli_prints_each_demo_account_with_its_password_once()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(PackCli.Ok, await PackCli.RunAsync(_host.Services, ["pack", "import", PackFolder, "--sample-data"], output, error));

        var lines = output.ToString().Split('\n').SkipWhile(l => !l.StartsWith("Demo accounts created", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(l => l.Length == 3).ToDictionary(l => l[0], l => l[2]);
        Assert.Equal(DemoUsers, lines.Keys.Order(StringComparer.Ordinal));
        using var partnerAdmin = await ApiClient.SignInAsync(_host, "partner-admin", lines["partner-admin"]);
        Assert.NotNull(partnerAdmin.DefaultRequestHeaders.Authorization);
        using var admin = await ApiClient.AdminAsync(_host);
        await AssertNowhereAsync(admin, [.. lines.Values]);

        var again = new StringWriter();
        Assert.Equal(PackCli.Ok, await PackCli.RunAsync(_host.Services, ["pack", "import", PackFolder, "--sample-data"], again, error));
        Assert.DoesNotContain("Demo accounts", again.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Neither the packs listing nor the users' rows nor the audit log holds a password in clear text.</summary>
    private async Task AssertNowhereAsync(HttpClient admin, IReadOnlyList<string> passwords)
    {
        var listing = await admin.GetStringAsync("/api/packs");
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var users = await db.Users.Select(u => u.UserName + " " + u.PasswordHash + " " + u.SecurityStamp).ToListAsync();
        var audit = await db.AuditLog.Select(a => a.Detail ?? "").ToListAsync();
        foreach (var password in passwords)
        {
            Assert.DoesNotContain(password, listing, StringComparison.Ordinal);
            Assert.DoesNotContain(users, u => u.Contains(password, StringComparison.Ordinal));
            Assert.DoesNotContain(audit, a => a.Contains(password, StringComparison.Ordinal));
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
