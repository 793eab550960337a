using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Application.Automations.Running;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Api.RecordTransfer;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Automations.AutomationHost;

namespace FlowChannel.Web.Tests.Automations;

/// <summary>What must not happen: imports firing rules, a failing action breaking the submission, rules looping for ever, bad rules stored.</summary>
public sealed class AutomationSafetyTests
{
    [Fact]
    public async Task Imported_records_fire_no_automation()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var rule = await AddRuleAsync(admin, "review-meeting", Rule("meeting-to-lead", new JsonObject { ["on"] = "recordAdded" }, AddLead()));

        var uploaded = await ImportCalls.UploadCsvAsync(admin, "title,meetingDate,summary\n导入的会,2030-03-04,imported\n", "review-meeting");
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        var job = await ImportCalls.RunAsync(admin, (string)(await uploaded.ReadJsonAsync())["id"]!, dryRun: false);
        Assert.Equal(1, (int)job["report"]!["written"]!);
        Assert.Single(await app.RecordsAsync("review-meeting", "title", "导入的会"));
        await app.DeliverAllAsync();

        Assert.Empty(await app.LeadsAsync("导入的会"));
        Assert.Empty(await app.RunsAsync(Guid.Parse((string)rule["id"]!)));
    }

    [Fact]
    public async Task A_failing_action_is_logged_with_its_place_and_reason_and_the_submission_stands()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var rule = await AddRuleAsync(admin, "review-meeting", Rule("bad-province",
            new JsonObject { ["on"] = "recordAdded" }, AddLead(province: "'atlantis'")));

        await SubmitMeetingAsync(admin, "失败的动作", "x");
        await app.DeliverAllAsync();

        Assert.Single(await app.RecordsAsync("review-meeting", "title", "失败的动作"));
        Assert.Empty(await app.LeadsAsync("失败的动作"));
        var run = Assert.Single(await app.RunsAsync(Guid.Parse((string)rule["id"]!)));
        Assert.Equal(AutomationOutcomes.Failed, run.Outcome);
        Assert.StartsWith("/actions/0:", run.Error, StringComparison.Ordinal);
        Assert.Contains("province", run.Error, StringComparison.Ordinal);
        var log = await admin.GetFromJsonAsync<JsonArray>("/api/forms/review-meeting/automations/runs");
        Assert.Equal(run.Error, (string?)Assert.Single(log!)!["error"]);
    }

    [Fact]
    public async Task A_rule_that_feeds_itself_is_stopped_by_the_depth_limit()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var rule = await AddRuleAsync(admin, "review-meeting", Rule("echo", new JsonObject { ["on"] = "recordAdded" }, new JsonObject
        {
            ["type"] = "addRecord", ["form"] = "review-meeting",
            ["fields"] = new JsonObject { ["title"] = "title", ["meetingDate"] = "meetingDate" },
        }));

        await SubmitMeetingAsync(admin, "回声", null);
        await app.DeliverAllAsync();

        // The person's record plus one per level of the chain, then the next run is refused.
        Assert.Equal(1 + AutomationContext.MaxDepth, (await app.RecordsAsync("review-meeting", "title", "回声")).Count);
        var runs = await app.RunsAsync(Guid.Parse((string)rule["id"]!));
        Assert.Equal(AutomationContext.MaxDepth, runs.Count(r => r.Outcome == AutomationOutcomes.Succeeded));
        var stopped = Assert.Single(runs, r => r.Outcome == AutomationOutcomes.Stopped);
        Assert.Contains("loop", stopped.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"key":"k","name":"n","trigger":{"on":"sometimes"},"actions":[{"type":"notify","to":["admin"],"subject":"s"}]}""", "/trigger/on")]
    [InlineData("""{"key":"k","name":"n","trigger":{"on":"recordAdded"},"actions":[{"type":"addRecord","form":"lead","fields":{"customerName":"title +"}}]}""", "/actions/0/fields/customerName")]
    [InlineData("""{"key":"k","name":"n","trigger":{"on":"recordAdded"},"actions":[{"type":"addRecord","form":"lead","fields":{"noSuchField":"title"}}]}""", "/actions/0/fields/noSuchField")]
    [InlineData("""{"key":"k","name":"n","trigger":{"on":"schedule","dateField":"title"},"actions":[{"type":"notify","to":["admin"],"subject":"s"}]}""", "/trigger/dateField")]
    [InlineData("""{"key":"k","name":"n","trigger":{"on":"recordAdded"},"actions":[{"type":"upsertRecord","form":"lead","keys":["status"],"fields":{"customerName":"title"}}]}""", "/actions/0/keys/0")]
    [InlineData("""{"key":"k","name":"n","trigger":{"on":"recordAdded"},"condition":"summary ==","actions":[]}""", "/condition")]
    public async Task A_bad_rule_is_refused_with_422_naming_the_pointer_and_nothing_is_stored(string json, string place)
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);

        var response = await admin.PostAsync("/api/forms/review-meeting/automations", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Contains(problem["errors"]!.AsArray(), e => (string?)e!["path"] == place);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>("/api/forms/review-meeting/automations"))!);
    }

    [Fact]
    public async Task Only_admins_and_designers_manage_automations()
    {
        await using var app = new AutomationHost();
        var manager = await ApiClient.ManagerAsync(app.Host);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/forms/review-meeting/automations")).StatusCode);
        var rule = Rule("x", new JsonObject { ["on"] = "recordAdded" }, AddLead());
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/forms/review-meeting/automations", rule)).StatusCode);
    }
}
