using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>
/// The app with the Channel Management pack on its own SQLite file, a clock the test moves on, the sweep run by the
/// test (not in the background), and finance (fin1) and channel director (dir1) users besides the seeded manager.
/// </summary>
public sealed class ChannelHost : IAsyncLifetime
{
    public const string Password = "Channel-Pass-1";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-channel-");
    private FlowChannelHost _inner = default!;
    private int _codes;

    public ShiftedClock Clock { get; } = new();

    public WebApplicationFactory<Program> Host { get; private set; } = default!;

    public Dictionary<string, string> UserIds { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        _inner = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?> { ["FlowChannel:Scheduler:Enabled"] = "false" });
        Host = _inner.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)));
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        foreach (var (name, role) in new[] { ("fin1", "finance"), ("dir1", "channel-director") })
        {
            var user = new FlowChannelUser { UserName = name, DisplayName = name.ToUpperInvariant(), Email = $"{name}@example.com" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            UserIds[name] = user.Id;
        }

        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        foreach (var name in new[] { "admin", "manager" })
        {
            UserIds[name] = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
        }
    }

    public Task<HttpClient> AdminAsync() => ApiClient.AdminAsync(Host);

    public Task<HttpClient> SignInAsync(string userName) => userName switch
    {
        "admin" => ApiClient.AdminAsync(Host),
        "manager" => ApiClient.ManagerAsync(Host),
        _ => ApiClient.SignInAsync(Host, userName, Password),
    };

    /// <summary>Submits a record as the admin; answers its id and the workflow instances it started.</summary>
    public async Task<(Guid Id, List<string> Instances)> SubmitAsync(string formId, JsonObject data)
    {
        var response = await (await AdminAsync()).PostAsJsonAsync($"/api/forms/{formId}/records", new { data });
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, $"{formId}: {body.ToJsonString()}");
        return (Guid.Parse((string)body["recordId"]!), [.. (body["workflowInstanceIds"]?.AsArray() ?? []).Select(i => (string)i!)]);
    }

    /// <summary>A partner (active unless told) in <paramref name="province"/>, in the energy industry, owned by the channel manager.</summary>
    public async Task<Guid> PartnerAsync(string name, string province = "hainan", string tier = "strategic", decimal? creditLimit = null, string status = "active")
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"91460000MA5T{Interlocked.Increment(ref _codes):000000}");
        var (id, _) = await SubmitAsync("partner-profile", new JsonObject
        {
            ["companyName"] = name, ["creditCode"] = code, ["partnerType"] = "distributor", ["province"] = province, ["city"] = "海口",
            ["industries"] = new JsonArray("energy"),
            ["tier"] = tier, ["status"] = status, ["contactName"] = "王芳", ["contactPhone"] = "13800138000", ["contactEmail"] = "wang@example.com",
            ["owner"] = new JsonObject { ["id"] = UserIds["manager"], ["name"] = "渠道经理 Channel Manager" },
            ["creditLimit"] = creditLimit,
        });
        return id;
    }

    public static JsonObject Link(Guid id) => new() { ["id"] = id.ToString() };

    /// <summary>Starts a workflow by hand as the admin, with <paramref name="input"/>; answers the instance id.</summary>
    public async Task<string> RunAsync(string definitionId, JsonObject input)
    {
        var response = await (await AdminAsync()).PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/instances", new { input });
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return (string)body["instanceId"]!;
    }

    public async Task<JsonObject> InstanceAsync(string instanceId) =>
        (await (await AdminAsync()).GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}"))!;

    /// <summary>Asserts the instance has no incident (the journal of any is in the message).</summary>
    public async Task<JsonObject> HealthyAsync(string instanceId)
    {
        var instance = await InstanceAsync(instanceId);
        Assert.True(instance["incidents"]!.AsArray().Count == 0, instance["incidents"]!.ToJsonString());
        return instance;
    }

    public async Task<JsonObject> RecordAsync(Guid id) =>
        (await (await AdminAsync()).GetFromJsonAsync<JsonObject>($"/api/records/{id}"))!;

    /// <summary>Every record of the form, as the database holds them.</summary>
    public async Task<List<(Guid Id, string Status, JsonObject Data)>> RecordsAsync(string formId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.AsNoTracking()
            .Where(r => r.FormId == formId).OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.Status, r.DataJson }).ToListAsync();
        return [.. rows.Select(r => (r.Id, r.Status, JsonNode.Parse(r.DataJson)!.AsObject()))];
    }

    public async Task<List<WorkflowTask>> TasksAsync(string instanceId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowTasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAt).ToListAsync();
    }

    public async Task<WorkflowTask> OpenTaskAsync(string instanceId, string userName) =>
        Assert.Single(await TasksAsync(instanceId), t => t.AssigneeUserId == UserIds[userName] && t.Status == TaskStatuses.Open);

    public async Task ActAsync(string userName, Guid taskId, string action, string? comment = null)
    {
        var response = await (await SignInAsync(userName)).PostAsJsonAsync($"/api/tasks/{taskId}/actions", new { action, comment });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Moves the clock on and runs one sweep: timers, due tasks, then the outbox.</summary>
    public async Task PassAsync(TimeSpan time)
    {
        Clock.Offset += time;
        await Host.Services.GetRequiredService<WorkflowScheduler>().SweepAsync(100, CancellationToken.None);
        await DeliverAsync();
    }

    /// <summary>Delivers the outbox (child workflows a flow dispatched, e-mails to the pickup folder).</summary>
    public Task<int> DeliverAsync() => Host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(100, CancellationToken.None);

    /// <summary>Back-dates a record's submission (deal registrations are dated by it).</summary>
    public async Task BackdateAsync(Guid recordId, TimeSpan by)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var record = await db.FormRecords.SingleAsync(r => r.Id == recordId);
        record.CreatedAt -= by;
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _inner.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
