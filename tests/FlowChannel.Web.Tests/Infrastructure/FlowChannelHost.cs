using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace FlowChannel.Web.Tests.Infrastructure;

/// <summary>
/// The real web app on a real SQLite file of its own. Several hosts may open the same folder one after
/// another to prove that data survives a restart.
/// </summary>
public sealed class FlowChannelHost(
    string dataFolder,
    string provider = "Sqlite",
    string? connectionString = null,
    IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin-Test-Pass-1";
    public const string SamplePassword = "Sample-Test-Pass-1";

    public string DatabaseFile => Path.Combine(dataFolder, "flowchannel.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the build output does not serve package assets (Radzen's CSS and JS) by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:FlowChannel", connectionString ?? $"Data Source={DatabaseFile}");
        builder.UseSetting("FlowChannel:SampleData", "true");
        // The six named demo partners only: tests count and allocate over partners they create themselves.
        builder.UseSetting("FlowChannel:SampleScale", "0");
        builder.UseSetting("FlowChannel:FilesPath", Path.Combine(dataFolder, "files"));
        builder.UseSetting("FLOWCHANNEL_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("FLOWCHANNEL_SAMPLE_PASSWORD", SamplePassword);
        builder.UseSetting("FlowChannel:Email:PickupDirectory", Path.Combine(dataFolder, "mail-pickup"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}
