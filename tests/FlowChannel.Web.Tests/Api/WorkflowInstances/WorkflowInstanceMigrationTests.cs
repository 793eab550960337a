using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Api.WorkflowInstances.InstanceWorkflows;

namespace FlowChannel.Web.Tests.Api.WorkflowInstances;

/// <summary><c>POST /api/workflow-instances/migrate</c> on a real host: what moves, what stays, and why.</summary>
public sealed class WorkflowInstanceMigrationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static string Version1(string definitionId) =>
        Definition(definitionId, 1, [WriteLine("hello"), Event("wait", $"{definitionId}.go"), WriteLine("end1")], [Connect("hello", "wait"), Connect("wait", "end1")]);

    [Fact]
    public async Task A_waiting_instance_moves_to_the_newest_version_and_then_finishes_on_its_graph()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await ImportAsync(admin, Version1("mig-ok"));
        var id = await StartAsync(admin, "mig-ok", "ok-1");
        await ImportAsync(admin, Definition("mig-ok", 2,
            [WriteLine("hello"), Event("wait", "mig-ok.go"), Script("stamp", "setStage('v2')"), WriteLine("end2")],
            [Connect("hello", "wait"), Connect("wait", "stamp"), Connect("stamp", "end2")],
            Variable("Stage", "none")));

        var result = Assert.Single(await MigrateAsync(admin, new { instanceIds = new[] { id } }))!;
        Assert.Equal((true, 1, 2), ((bool)result["migrated"]!, (int)result["fromVersion"]!, (int)result["toVersion"]!));
        var moved = await GetAsync(admin, id);
        Assert.Equal((2, "Suspended"), ((int)moved["definitionVersion"]!, (string?)moved["subStatus"]));
        Assert.Equal("none", (string?)moved["variables"]!["Stage"]);
        Assert.Equal(1, await AuditCountAsync(id));

        await SendEventAsync(admin, "mig-ok.go", "ok-1");

        var finished = await GetAsync(admin, id);
        Assert.Equal(("Finished", "v2"), ((string?)finished["subStatus"], (string?)finished["variables"]!["Stage"]));
        var ran = finished["journal"]!.AsArray().Select(e => (string)e!["activityId"]!).ToList();
        Assert.Equal(["hello", "wait", "stamp", "end2"], ran);
    }

    [Fact]
    public async Task An_instance_at_an_activity_the_target_lacks_stays_unchanged_and_goes_on_on_its_own_version()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await ImportAsync(admin, Version1("mig-missing"));
        var waiting = await StartAsync(admin, "mig-missing", "missing-1");
        var ended = await StartAsync(admin, "mig-missing", "missing-2");
        await SendEventAsync(admin, "mig-missing.go", "missing-2");
        await ImportAsync(admin, Definition("mig-missing", 2,
            [WriteLine("hello"), Event("approvalWait", "mig-missing.go"), WriteLine("end2")],
            [Connect("hello", "approvalWait"), Connect("approvalWait", "end2")]));
        var before = (await GetAsync(admin, waiting)).ToJsonString();

        var results = await MigrateAsync(admin, new { instanceIds = new[] { waiting, ended }, targetVersion = 2 });

        var refused = results[0]!;
        Assert.Equal((waiting, false), ((string?)refused["instanceId"], (bool)refused["migrated"]!));
        Assert.Equal(["wait"], refused["missingActivityIds"]!.AsArray().Select(a => (string)a!));
        Assert.Contains("'wait'", (string?)refused["reason"], StringComparison.Ordinal);
        Assert.Equal((ended, false), ((string?)results[1]!["instanceId"], (bool)results[1]!["migrated"]!));
        Assert.Contains("ended", (string?)results[1]!["reason"], StringComparison.Ordinal);
        Assert.Equal(before, (await GetAsync(admin, waiting)).ToJsonString());
        Assert.Equal(0, await AuditCountAsync(waiting));

        await SendEventAsync(admin, "mig-missing.go", "missing-1");
        var finished = await GetAsync(admin, waiting);
        Assert.Equal((1, "Finished"), ((int)finished["definitionVersion"]!, (string?)finished["subStatus"]));
        Assert.Contains(finished["journal"]!.AsArray(), e => (string?)e!["activityId"] == "end1");
    }

    [Fact]
    public async Task A_faulted_instance_moves_to_a_fixed_version_and_a_retry_finishes_it()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await ImportAsync(admin, Definition("mig-fix", 1, [WriteLine("hello"), Script("call", "throw new Error('bug')")], [Connect("hello", "call")]));
        var id = await StartAsync(admin, "mig-fix", "fix-1");
        await ImportAsync(admin, Definition("mig-fix", 2, [WriteLine("hello"), Script("call", "setStage('fixed')")], [Connect("hello", "call")],
            Variable("Stage", "none")));

        Assert.True((bool)Assert.Single(await MigrateAsync(admin, new { instanceIds = new[] { id } }))!["migrated"]!);
        var retried = await admin.PostAsJsonAsync($"/api/workflow-instances/{id}/retry", new { });
        retried.EnsureSuccessStatusCode();

        var finished = await GetAsync(admin, id);
        Assert.Equal(("Finished", "fixed"), ((string?)finished["subStatus"], (string?)finished["variables"]!["Stage"]));
    }

    [Fact]
    public async Task Bad_requests_name_the_place_and_change_nothing_and_only_admins_may_migrate()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        await ImportAsync(admin, Version1("mig-bad"));
        var id = await StartAsync(admin, "mig-bad", "bad-1");
        await ImportAsync(admin, Definition("mig-bad", 2, [WriteLine("hello"), Event("wait", "mig-bad.go")], [Connect("hello", "wait")]), publish: false);

        Assert.Equal(["instanceIds[1]", "instanceIds[2]"], await RefusedAsync(admin, new { instanceIds = new[] { id, " ", id } }));
        Assert.Equal(["instanceIds[1]"], await RefusedAsync(admin, new { instanceIds = new[] { id, "no-such-instance" } }));
        Assert.Equal(["instanceIds"], await RefusedAsync(admin, new { instanceIds = Array.Empty<string>() }));
        Assert.Equal(["targetVersion"], await RefusedAsync(admin, new { instanceIds = new[] { id }, targetVersion = 9 }));
        Assert.Equal(["targetVersion"], await RefusedAsync(admin, new { instanceIds = new[] { id }, targetVersion = 2 }));
        var forbidden = await manager.PostAsJsonAsync("/api/workflow-instances/migrate", new { instanceIds = new[] { id } });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(1, (int)(await GetAsync(admin, id))["definitionVersion"]!);
        Assert.Equal(0, await AuditCountAsync(id));
    }

    private static async Task<JsonArray> MigrateAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/workflow-instances/migrate", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["results"]!.AsArray();
    }

    private static async Task<List<string>> RefusedAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/workflow-instances/migrate", body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return [.. (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string)e!["path"]!)];
    }

    private async Task<int> AuditCountAsync(string instanceId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.AuditLog.CountAsync(a => a.Action == "workflow.migrate" && a.ObjectId == instanceId);
    }
}
