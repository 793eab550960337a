using System.Diagnostics;
using FlowChannel.Application;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.TestSupport;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Records;

/// <summary>
/// The application's services on a SQLite file holding <see cref="GridBenchmarkForm"/> with a million records. Generating
/// takes minutes, so the file is kept between runs in <c>$FLOWCHANNEL_BENCHMARK_CACHE</c> (default: the temp folder) under a
/// name that changes with <see cref="GenerationVersion"/>; newer migrations are applied to it at open like at any start.
/// </summary>
public sealed class GridDatabase : IAsyncDisposable
{
    /// <summary>Bump when the generated data or the value rows' shape change, so a stale cached file is not reused.</summary>
    private const int GenerationVersion = 1;
    private const string Password = "Benchmark-Pass-1";

    private GridDatabase(ServiceProvider services, Actor admin)
    {
        Services = services;
        Admin = admin;
    }

    public ServiceProvider Services { get; }

    public Actor Admin { get; }

    public static async Task<GridDatabase> OpenAsync(int records, TextWriter log)
    {
        var folder = Environment.GetEnvironmentVariable("FLOWCHANNEL_BENCHMARK_CACHE") is { Length: > 0 } cache
            ? cache : Path.Combine(Path.GetTempPath(), "flowchannel-grid-benchmark");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"grid-{records}-v{GenerationVersion}.db");
        if (!File.Exists(file))
        {
            var part = file + ".part";
            File.Delete(part);
            var watch = Stopwatch.StartNew();
            await using (var empty = await StartAsync(part))
            {
                await empty.PublishFormAsync();
            }
            SqliteConnection.ClearAllPools();
            GridRecordWriter.Write(part, records);
            File.Move(part, file);
            log.WriteLine($"// generated {records:N0} records in {watch.Elapsed.TotalSeconds:N0} s: {file} ({new FileInfo(file).Length / 1e6:N0} MB)");
        }
        return await StartAsync(file);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private static async Task<GridDatabase> StartAsync(string databaseFile)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:FlowChannel"] = $"Data Source={databaseFile}",
            ["FlowChannel:SampleData"] = "false",
            ["FlowChannel:ContentRoot"] = RepositoryPaths.Root,
            ["FlowChannel:FilesPath"] = Path.Combine(Path.GetTempPath(), "flowchannel-grid-benchmark-files"),
            [FlowChannelSetup.AdminPasswordVariable] = Password,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFlowChannelPersistence(configuration, "", new SqliteDatabaseProvider());
        services.AddFlowChannelApplication();
        services.AddIdentityCore<FlowChannelUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<FlowChannelDbContext>();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<FlowChannelSetup>().InitializeAsync();
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var admin = await users.FindByNameAsync("admin") ?? throw new InvalidOperationException("No admin.");
        return new GridDatabase(provider, new Actor(admin.Id, "Administrator", (await users.GetRolesAsync(admin)).ToHashSet(StringComparer.Ordinal)));
    }

    private async Task PublishFormAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new SaveFormDraft(Admin, GridBenchmarkForm.Id, GridBenchmarkForm.SchemaJson));
        await mediator.Send(new PublishForm(Admin, GridBenchmarkForm.Id));
    }
}
