using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals.Inbox;

/// <summary>
/// Out-of-office delegation through <c>/api/me/delegation</c>: approval tasks made for an absent approver go to the
/// delegate during the period only, the timeline says so, chains stop after one step and nobody delegates to themselves.
/// </summary>
public sealed class DelegationTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    [Fact]
    public async Task A_task_goes_to_the_delegate_during_the_period_and_to_the_approver_outside_it()
    {
        var fin3 = await fixture.SignInAsync("fin3");
        var set = await fin3.PutAsJsonAsync("/api/me/delegation", Period("dir1", DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddDays(1)));
        var view = await set.ReadJsonAsync();
        Assert.True(set.IsSuccessStatusCode, view.ToJsonString());
        Assert.True((bool)view["active"]!);
        Assert.Equal(fixture.UserIds["dir1"], (string?)(await fin3.GetFromJsonAsync<JsonObject>("/api/me/delegation"))!["delegateUserId"]);

        var during = await fixture.StartAsync(Input("fin3"));
        var task = await fixture.OpenTaskAsync(during, "dir1");
        Assert.DoesNotContain(await fixture.TasksAsync(during), t => t.AssigneeUserId == fixture.UserIds["fin3"]);
        var details = await (await fixture.SignInAsync("dir1")).GetFromJsonAsync<JsonObject>($"/api/tasks/{task.Id}");
        var delegated = Assert.Single(details!["timeline"]!.AsArray(), e => (string?)e!["action"] == "delegated")!;
        Assert.Equal(fixture.UserIds["fin3"], (string?)delegated["actorUserId"]);
        Assert.Contains("Delegated from FIN3", (string?)delegated["comment"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("dir1", task.Id, new { action = "approve" })).StatusCode);

        Assert.True((await fin3.PutAsJsonAsync("/api/me/delegation", Period("dir1", DateTime.UtcNow.AddDays(1), DateTime.UtcNow.AddDays(2)))).IsSuccessStatusCode);
        var before = await fixture.StartAsync(Input("fin3"));
        await fixture.OpenTaskAsync(before, "fin3");

        Assert.Equal(HttpStatusCode.NoContent, (await fin3.DeleteAsync("/api/me/delegation")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fin3.GetAsync("/api/me/delegation")).StatusCode);
    }

    [Fact]
    public async Task Delegating_to_oneself_or_an_unknown_user_is_refused()
    {
        var fin1 = await fixture.SignInAsync("fin1");

        var self = await fin1.PutAsJsonAsync("/api/me/delegation", Period("fin1", DateTime.UtcNow, DateTime.UtcNow.AddDays(1)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Equal("delegateUser", (string?)(await self.ReadJsonAsync())["errors"]![0]!["path"]);
        var unknown = await fin1.PutAsJsonAsync("/api/me/delegation", Period("nobody", DateTime.UtcNow, DateTime.UtcNow.AddDays(1)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        var backwards = await fin1.PutAsJsonAsync("/api/me/delegation", Period("fin2", DateTime.UtcNow, DateTime.UtcNow.AddDays(-1)));
        Assert.Equal("endsAt", (string?)(await backwards.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.NoContent, (await fin1.GetAsync("/api/me/delegation")).StatusCode);
    }

    [Fact]
    public async Task Two_people_delegating_to_each_other_resolve_one_step_and_never_loop()
    {
        var fin2 = await fixture.SignInAsync("fin2");
        var head1 = await fixture.SignInAsync("head1");
        Assert.True((await fin2.PutAsJsonAsync("/api/me/delegation", Period("head1", DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddDays(1)))).IsSuccessStatusCode);
        Assert.True((await head1.PutAsJsonAsync("/api/me/delegation", Period("fin2", DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddDays(1)))).IsSuccessStatusCode);

        var id = await fixture.StartAsync(Input("fin2"));

        var task = Assert.Single(await fixture.TasksAsync(id));
        Assert.Equal(fixture.UserIds["head1"], task.AssigneeUserId);
        Assert.Equal(HttpStatusCode.NoContent, (await fin2.DeleteAsync("/api/me/delegation")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await head1.DeleteAsync("/api/me/delegation")).StatusCode);
    }

    private static object Period(string delegateUser, DateTime startsAt, DateTime endsAt) => new { delegateUser, startsAt, endsAt, note = "出差" };

    private static JsonObject Input(string first) => new() { ["first"] = new JsonArray(first), ["mode"] = "any" };
}
