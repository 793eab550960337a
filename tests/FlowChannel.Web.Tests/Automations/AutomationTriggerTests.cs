using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Automations.AutomationHost;

namespace FlowChannel.Web.Tests.Automations;

/// <summary>
/// Each trigger kind on a real SQLite file: a rule queued with the change that caused it and run by the outbox, with
/// its line in the run log.
/// </summary>
public sealed class AutomationTriggerTests
{
    [Fact]
    public async Task A_record_added_adds_a_lead_mapped_by_formulas_and_logs_the_run()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var rule = await AddRuleAsync(admin, "review-meeting", Rule("meeting-to-lead", new JsonObject { ["on"] = "recordAdded" }, AddLead()));

        await SubmitMeetingAsync(admin, "新增触发测试", "首次复盘");
        Assert.Empty(await app.LeadsAsync("新增触发测试"));
        await app.DeliverAllAsync();

        var lead = Assert.Single(await app.LeadsAsync("新增触发测试"));
        Assert.Equal("首次复盘", (string?)lead["notes"]);
        Assert.Equal("beijing", (string?)lead["province"]);
        var run = Assert.Single(await app.RunsAsync(Guid.Parse((string)rule["id"]!)));
        Assert.Equal(AutomationOutcomes.Succeeded, run.Outcome);
        Assert.Contains("added lead", run.Summary, StringComparison.Ordinal);
        var log = await admin.GetFromJsonAsync<JsonArray>("/api/forms/review-meeting/automations/runs");
        Assert.Equal("succeeded", (string?)Assert.Single(log!)!["outcome"]);
    }

    [Fact]
    public async Task An_update_fires_only_when_a_watched_field_changed()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var rule = await AddRuleAsync(admin, "review-meeting", Rule("summary-changed",
            new JsonObject { ["on"] = "recordUpdated", ["fields"] = new JsonArray("summary") }, AddLead()));
        var id = await SubmitMeetingAsync(admin, "字段变更测试", "v1");

        (await admin.PutAsJsonAsync($"/api/records/{id}", new { data = new { title = "字段变更测试" } })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/records/{id}", new { data = new { meetingDate = "2030-01-02" } })).EnsureSuccessStatusCode();
        await app.DeliverAllAsync();
        Assert.Empty(await app.RunsAsync(Guid.Parse((string)rule["id"]!)));

        (await admin.PutAsJsonAsync($"/api/records/{id}", new { data = new { summary = "v2" } })).EnsureSuccessStatusCode();
        await app.DeliverAllAsync();
        Assert.Equal("v2", (string?)Assert.Single(await app.LeadsAsync("字段变更测试"))["notes"]);
    }

    [Fact]
    public async Task A_false_condition_does_nothing_but_is_logged_as_skipped()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var definition = Rule("only-urgent", new JsonObject { ["on"] = "recordAdded" }, AddLead());
        definition["condition"] = "summary == 'urgent'";
        var rule = await AddRuleAsync(admin, "review-meeting", definition);

        await SubmitMeetingAsync(admin, "条件不成立", "routine");
        await SubmitMeetingAsync(admin, "条件成立", "urgent");
        await app.DeliverAllAsync();

        Assert.Empty(await app.LeadsAsync("条件不成立"));
        Assert.Single(await app.LeadsAsync("条件成立"));
        var outcomes = (await app.RunsAsync(Guid.Parse((string)rule["id"]!))).Select(r => r.Outcome).Order().ToList();
        Assert.Equal([AutomationOutcomes.Skipped, AutomationOutcomes.Succeeded], outcomes);
    }

    [Fact]
    public async Task An_upsert_updates_the_record_with_the_same_key_and_adds_one_otherwise()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        await AddRuleAsync(admin, "review-meeting", Rule("upsert-lead", new JsonObject { ["on"] = "recordAdded" }, UpsertLead()));

        await SubmitMeetingAsync(admin, "按键合并", "first");
        await app.DeliverAllAsync();
        await SubmitMeetingAsync(admin, "按键合并", "second");
        await SubmitMeetingAsync(admin, "另一个键", "other");
        await app.DeliverAllAsync();

        Assert.Equal("second", (string?)Assert.Single(await app.LeadsAsync("按键合并"))["notes"]);
        Assert.Single(await app.LeadsAsync("另一个键"));
    }

    [Fact]
    public async Task A_deleted_record_deletes_the_records_its_where_matches()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        await AddRuleAsync(admin, "review-meeting", Rule("add", new JsonObject { ["on"] = "recordAdded" }, AddLead()));
        await AddRuleAsync(admin, "review-meeting", Rule("remove", new JsonObject { ["on"] = "recordDeleted" }, new JsonObject
        {
            ["type"] = "deleteRecords", ["form"] = "lead", ["where"] = new JsonObject { ["customerName"] = "title" },
        }));
        var id = await SubmitMeetingAsync(admin, "删除联动", "x");
        await SubmitMeetingAsync(admin, "保留联动", "y");
        await app.DeliverAllAsync();
        Assert.Single(await app.LeadsAsync("删除联动"));

        (await admin.DeleteAsync($"/api/records/{id}")).EnsureSuccessStatusCode();
        await app.DeliverAllAsync();

        Assert.Empty(await app.LeadsAsync("删除联动"));
        Assert.Single(await app.LeadsAsync("保留联动"));
    }

    [Fact]
    public async Task A_finished_flow_fires_its_records_rules()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var rule = await AddRuleAsync(admin, "partner-application", new JsonObject
        {
            ["key"] = "approved-lead",
            ["name"] = "Approved application becomes a lead",
            ["trigger"] = new JsonObject { ["on"] = "flowFinished" },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "addRecord", ["form"] = "lead",
                ["fields"] = new JsonObject { ["customerName"] = "companyName", ["province"] = "'beijing'", ["industry"] = "'retail'", ["status"] = "'new'" },
            }),
        });
        var applicant = await ApiClient.ApplicantAsync(app.Host);
        var manager = await ApiClient.ManagerAsync(app.Host);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("流程结束触发有限公司"))).ReadJsonAsync();
        await app.DeliverAllAsync();
        Assert.Empty(await app.LeadsAsync("流程结束触发有限公司"));

        var task = await Api.PartnerApplicationFlowTests.FindOpenTaskAsync(manager, (string)submission["recordId"]!);
        (await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "approve", comment = "ok" })).EnsureSuccessStatusCode();
        await app.DeliverAllAsync();

        Assert.Single(await app.LeadsAsync("流程结束触发有限公司"));
        Assert.Equal(AutomationOutcomes.Succeeded, Assert.Single(await app.RunsAsync(Guid.Parse((string)rule["id"]!))).Outcome);
    }

    [Fact]
    public async Task A_date_field_schedule_fires_once_per_record_however_often_the_sweep_runs()
    {
        await using var app = new AutomationHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var rule = await AddRuleAsync(admin, "review-meeting", Rule("day-before",
            new JsonObject { ["on"] = "schedule", ["dateField"] = "meetingDate", ["offsetDays"] = -1 }, AddLead()));
        var today = DateTime.UtcNow.Date;
        await SubmitMeetingAsync(admin, "明天的会", "due", today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await SubmitMeetingAsync(admin, "下周的会", "not yet", today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        await app.SweepAsync();
        await app.SweepAsync();
        await app.DeliverAllAsync();
        await app.SweepAsync();
        await app.DeliverAllAsync();

        Assert.Single(await app.LeadsAsync("明天的会"));
        Assert.Empty(await app.LeadsAsync("下周的会"));
        var run = Assert.Single(await app.RunsAsync(Guid.Parse((string)rule["id"]!)));
        Assert.Equal("schedule", run.Trigger);
    }
}
