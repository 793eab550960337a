using FlowChannel.Application;
using FlowChannel.Application.Common;
using FlowChannel.Application.Records;
using FlowChannel.Application.Setup;
using FlowChannel.Application.Tasks;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.TestSupport;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// The application's own services on a SQLite file, set up as on a first start with sample data (migrations, the
/// Channel Management pack with its published partner-application flow, the demo manager and applicant), and the two
/// commands that are the persisted steps of that flow, each one unit of work (<c>UnitOfWorkBehavior</c>: BEGIN
/// IMMEDIATE, the handler, one SaveChanges, COMMIT): a partner application submitted (the record, its serial number,
/// the instance started up to the approval, its effects, the round and the manager's inbox task, the bookmark index)
/// and the manager approving that task (the instance resumed to its end, the record updated, the partner profile
/// created, the notification, the timeline and audit rows).
/// </summary>
public sealed class ProductSteps : IAsyncDisposable
{
    private const string Password = "Benchmark-Pass-1";

    private readonly ServiceProvider _services;
    private readonly JsonObject _submission;
    private Actor _applicant = null!;
    private Actor _manager = null!;

    private ProductSteps(ServiceProvider services, JsonObject submission)
    {
        _services = services;
        _submission = submission;
    }

    /// <summary>
    /// A first start on <paramref name="databaseFile"/> (a new file): the app's registrations and setup;
    /// <paramref name="statements"/>, when given, sees every SQL command.
    /// </summary>
    public static async Task<ProductSteps> CreateAsync(string databaseFile, JsonObject submissionData, StatementLog? statements = null)
    {
        var folder = Path.GetDirectoryName(databaseFile)!;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:FlowChannel"] = $"Data Source={databaseFile}",
            ["FlowChannel:SampleData"] = "true",
            ["FlowChannel:SampleScale"] = "0", // the named demo partners only, as this benchmark was measured with
            ["FlowChannel:ContentRoot"] = RepositoryPaths.Root,
            ["FlowChannel:FilesPath"] = Path.Combine(folder, "files"),
            ["FlowChannel:Email:PickupDirectory"] = Path.Combine(folder, "mail-pickup"),
            [FlowChannelSetup.AdminPasswordVariable] = Password,
            [FlowChannelSetup.SamplePasswordVariable] = Password,
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
        // What the web app's identity registration adds that the commands use: users and roles in the database.
        services.AddIdentityCore<FlowChannelUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<FlowChannelDbContext>();

        var steps = new ProductSteps(services.BuildServiceProvider(), submissionData);
        await steps._services.GetRequiredService<FlowChannelSetup>().InitializeAsync();
        steps._applicant = await steps.ActorAsync("applicant");
        steps._manager = await steps.ActorAsync("manager");
        return steps;
    }

    /// <summary>The start step: the applicant submits (as the API does, with a body of its own); returns the instance id.</summary>
    public async Task<string> SubmitAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new SubmitRecord(_applicant, "partner-application", (JsonObject)_submission.DeepClone()));
        return result.WorkflowInstanceIds.Single();
    }

    /// <summary>The manager's open tasks, oldest first (one per waiting instance).</summary>
    public async Task<List<Guid>> OpenTasksAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.WorkflowTasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Open && t.AssigneeUserId == _manager.UserId)
            .OrderBy(t => t.CreatedAt).Select(t => t.Id).ToListAsync();
    }

    /// <summary>The resume step: the manager approves; the instance finishes.</summary>
    public async Task ApproveAsync(Guid taskId)
    {
        await using var scope = _services.CreateAsyncScope();
        var task = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ActOnTask(_manager, taskId, "approve", "资料齐全"));
        if (task.Status != TaskStatuses.Completed)
        {
            throw new InvalidOperationException($"Task {taskId} is {task.Status} after approving.");
        }
    }

    /// <summary>An instance's sub-status and incident count, to check once that the steps take the intended path.</summary>
    public async Task<(string SubStatus, string StateJson)> InstanceAsync(string instanceId)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
        return (instance.SubStatus, instance.StateJson);
    }

    /// <summary>The application's services, for the engine-level steps (<see cref="EngineSteps"/>).</summary>
    internal IServiceProvider Services => _services;

    /// <summary>The applicant who submits, as a signed-in request would carry them.</summary>
    internal Actor Applicant => _applicant;

    /// <summary>The channel manager who approves.</summary>
    internal Actor Manager => _manager;

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async Task<Actor> ActorAsync(string userName)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        return new Actor(user.Id, user.DisplayName ?? userName, (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal));
    }
}
