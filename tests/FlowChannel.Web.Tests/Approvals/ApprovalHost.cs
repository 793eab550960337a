using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Durability;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>
/// A host with an approval organisation: finance (fin1–fin3), a channel director (dir1) and the head (head1) of the
/// department the admin belongs to. The admin starts the test flow, so the admin is its submitter.
/// </summary>
public class ApprovalHost : IAsyncLifetime
{
    public const string Password = "Approver-Pass-1";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-approvals-");

    public FlowChannelHost Host { get; private set; } = default!;

    public Dictionary<string, string> UserIds { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        Host = await CreateHostAsync(_folder.FullName, new Dictionary<string, string?> { ["FlowChannel:Scheduler:Enabled"] = "false" });
        await WorkflowDefinitions.PublishFileAsync(Host, RepositoryPaths.Combine("tests", "FlowChannel.Web.Tests", "Approvals", "Definitions", "approval-round.json"));
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { "finance", "channel-director" })
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        foreach (var (name, role) in new[] { ("fin1", "finance"), ("fin2", "finance"), ("fin3", "finance"), ("dir1", "channel-director"), ("head1", null) })
        {
            var user = new FlowChannelUser { UserName = name, DisplayName = name.ToUpperInvariant(), Email = $"{name}@example.com" };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            if (role is not null)
            {
                await users.AddToRoleAsync(user, role);
            }

            UserIds[name] = user.Id;
        }

        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var east = new Department { Name = "华东区", NameEn = "East", HeadUserId = UserIds["head1"] };
        db.Departments.Add(east);
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
        admin.DepartmentId = east.Id;
        UserIds["admin"] = admin.Id;
        await db.SaveChangesAsync();
    }

    /// <summary>The host on its database: a SQLite file in <paramref name="folder"/> here.</summary>
    protected virtual Task<FlowChannelHost> CreateHostAsync(string folder, IReadOnlyDictionary<string, string?> settings) =>
        Task.FromResult(new FlowChannelHost(folder, settings: settings));

    public Task<HttpClient> SignInAsync(string userName) =>
        userName == "admin" ? ApiClient.AdminAsync(Host) : ApiClient.SignInAsync(Host, userName, Password);

    /// <summary>Starts the test flow as the admin; returns the instance id.</summary>
    public async Task<string> StartAsync(JsonObject input)
    {
        var admin = await ApiClient.AdminAsync(Host);
        var response = await admin.PostAsJsonAsync("/api/workflow-definitions/approval-round/instances", new { input });
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body["instanceId"]!.GetValue<string>();
    }

    public async Task<List<WorkflowTask>> TasksAsync(string instanceId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowTasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Sequence).ToListAsync();
    }

    /// <summary>The open task of <paramref name="userName"/> in the instance.</summary>
    public async Task<WorkflowTask> OpenTaskAsync(string instanceId, string userName) =>
        Assert.Single(await TasksAsync(instanceId), t => t.AssigneeUserId == UserIds[userName] && t.Status == TaskStatuses.Open);

    public async Task<HttpResponseMessage> ActAsync(string userName, Guid taskId, object body) =>
        await (await SignInAsync(userName)).PostAsJsonAsync($"/api/tasks/{taskId}/actions", body);

    public async Task<JsonObject> InstanceAsync(string instanceId) =>
        (await (await ApiClient.AdminAsync(Host)).GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}"))!;

    /// <summary>The WriteLine texts the instance printed: which end it reached.</summary>
    public async Task<List<string>> LinesAsync(string instanceId) =>
        [.. (await InstanceAsync(instanceId))["journal"]!.AsArray()
            .Where(e => (string?)e!["activityType"] == "Elsa.WriteLine" && (string?)e["status"] == "Completed")
            .Select(e => (string)e!["activityId"]!)];

    /// <summary>Publishes a test form as the admin unless a version of it is published already.</summary>
    public async Task PublishFormOnceAsync(string schema)
    {
        var admin = await ApiClient.AdminAsync(Host);
        var formId = (string)JsonNode.Parse(schema)!["id"]!;
        if ((await admin.GetAsync($"/api/forms/{formId}")).IsSuccessStatusCode)
        {
            return;
        }
        var saved = await admin.PutAsJsonAsync($"/api/forms/{formId}/draft", JsonNode.Parse(schema));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await admin.PostAsync($"/api/forms/{formId}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    /// <summary>A record's data as stored.</summary>
    public async Task<JsonObject> StoredDataAsync(string recordId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.AsNoTracking().SingleAsync(r => r.Id == Guid.Parse(recordId));
        return JsonNode.Parse(record.DataJson)!.AsObject();
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
