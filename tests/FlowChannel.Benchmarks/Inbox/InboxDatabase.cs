using FlowChannel.Application;
using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Inbox;

/// <summary>
/// The application's services on a fresh SQLite file where one approver has <c>openTasks</c> open tasks, each about a
/// record in a running flow, among as many tasks of other people (half of them completed) so the indices have to choose.
/// </summary>
public sealed class InboxDatabase : IAsyncDisposable
{
    private const string Password = "Benchmark-Pass-1";
    private readonly string _folder;

    private InboxDatabase(ServiceProvider services, Actor approver, string file, string folder)
    {
        Services = services;
        Approver = approver;
        File = file;
        _folder = folder;
    }

    public ServiceProvider Services { get; }

    /// <summary>The user whose inbox is read.</summary>
    public Actor Approver { get; }

    public string File { get; }

    public static async Task<InboxDatabase> CreateAsync(int openTasks, Workflows.StatementLog? statements = null)
    {
        var folder = Directory.CreateTempSubdirectory("flowchannel-inbox-benchmark-").FullName;
        var file = Path.Combine(folder, "inbox.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:FlowChannel"] = $"Data Source={file}",
            ["FlowChannel:SampleData"] = "false",
            ["FlowChannel:ContentRoot"] = RepositoryPaths.Root,
            ["FlowChannel:FilesPath"] = Path.Combine(folder, "files"),
            [FlowChannelSetup.AdminPasswordVariable] = Password,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFlowChannelPersistence(configuration, "", new SqliteDatabaseProvider());
        services.AddFlowChannelApplication();
        if (statements is not null)
        {
            services.ConfigureDbContext<FlowChannelDbContext>(b => b.AddInterceptors(statements));
        }
        services.AddIdentityCore<FlowChannelUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<FlowChannelDbContext>();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<FlowChannelSetup>().InitializeAsync();

        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var ids = new List<string>();
        foreach (var name in new[] { "approver", "submitter", "other" })
        {
            var user = new FlowChannelUser { UserName = name, DisplayName = name, Email = $"{name}@example.com" };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            ids.Add(user.Id);
        }
        await InsertAsync(scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>(), ids[0], ids[1], ids[2], openTasks);
        return new InboxDatabase(provider, new Actor(ids[0], "approver", new HashSet<string>(StringComparer.Ordinal)), file, folder);
    }

    /// <summary>The approver's open tasks, then as many of someone else's (every other one completed), in batches.</summary>
    private static async Task InsertAsync(FlowChannelDbContext db, string approver, string submitter, string other, int count)
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var batch = 0; batch < 2 * count; batch += 1000)
        {
            for (var i = batch; i < Math.Min(batch + 1000, 2 * count); i++)
            {
                var mine = i < count;
                var instance = new WorkflowInstance
                {
                    Id = Guid.NewGuid().ToString("N"), DefinitionId = "partner-application", DefinitionVersionId = "partner-application-v1",
                    DefinitionVersion = 1, Status = "Running", SubStatus = "Suspended", InitiatorUserId = submitter, StateJson = "{}",
                    CreatedAt = start.AddMinutes(i),
                };
                var record = new FormRecord
                {
                    FormId = "partner-application", FormVersion = 1, DataJson = "{}", Status = RecordStatuses.InReview,
                    CreatedByUserId = submitter, WorkflowInstanceId = instance.Id, CreatedAt = start.AddMinutes(i),
                };
                var completed = !mine && i % 2 == 0;
                db.AddRange(instance, record, new WorkflowTask
                {
                    InstanceId = instance.Id, BookmarkId = Guid.NewGuid().ToString("N"), ActivityId = "approval",
                    Title = $"Partner application {i:D6}", AssigneeUserId = mine ? approver : other, RecordId = record.Id,
                    CreatedAt = start.AddMinutes(i), DueAt = i % 3 == 0 ? null : start.AddDays(30).AddMinutes(-i),
                    Status = completed ? TaskStatuses.Completed : TaskStatuses.Open,
                    CompletedByUserId = completed ? other : null, CompletedAt = completed ? start.AddMinutes(i + 5) : null,
                    Outcome = completed ? "Approved" : null,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
