using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Automations.AutomationHost;

namespace FlowChannel.Web.Tests.Automations;

/// <summary>The same runs on a real PostgreSQL server: an upsert by key, a failure logged, a date schedule fired once.</summary>
public sealed class AutomationPostgreSqlTests : IAsyncLifetime
{
    private PostgresServer? _server;
    private AutomationHost? _app;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        await _server.CreateDatabaseAsync("flowchannel_auto");
        _app = new AutomationHost("PostgreSql", _server.ConnectionString("flowchannel_auto"));
    }

    [Fact]
    public async Task Rules_run_upsert_fail_visibly_and_schedule_once_on_postgresql()
    {
        var app = _app!;
        var admin = await ApiClient.AdminAsync(app.Host);
        await AddRuleAsync(admin, "review-meeting", Rule("upsert", new JsonObject { ["on"] = "recordAdded" }, UpsertLead()));
        var failing = await AddRuleAsync(admin, "review-meeting", Rule("failing", new JsonObject { ["on"] = "recordAdded" }, AddLead(province: "'atlantis'")));
        var scheduled = await AddRuleAsync(admin, "review-meeting", Rule("today",
            new JsonObject { ["on"] = "schedule", ["dateField"] = "meetingDate", ["offsetDays"] = 0 }, UpsertLead()));

        await SubmitMeetingAsync(admin, "PG 合并", "one");
        await SubmitMeetingAsync(admin, "PG 合并", "two");
        await app.DeliverAllAsync();
        await app.SweepAsync();
        await app.SweepAsync();
        await app.DeliverAllAsync();

        Assert.Single(await app.LeadsAsync("PG 合并"));
        var failed = await app.RunsAsync(Guid.Parse((string)failing["id"]!));
        Assert.All(failed, r => Assert.Equal(AutomationOutcomes.Failed, r.Outcome));
        Assert.Equal(2, failed.Count);
        Assert.Equal(2, (await app.RunsAsync(Guid.Parse((string)scheduled["id"]!))).Count(r => r.Outcome == AutomationOutcomes.Succeeded));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
