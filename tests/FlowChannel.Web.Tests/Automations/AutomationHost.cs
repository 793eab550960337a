using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Automations;

/// <summary>
/// The app on a database of its own with the background sweep off, so each test runs the outbox (and the schedule sweep)
/// itself, step by step. Rules go from review meetings (title, meetingDate, summary) to leads.
/// </summary>
public sealed class AutomationHost : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-automations-");

    public AutomationHost(string provider = "Sqlite", string? connectionString = null)
    {
        Host = new FlowChannelHost(_folder.FullName, provider, connectionString, new Dictionary<string, string?>
        {
            ["FlowChannel:Scheduler:Enabled"] = "false",
        });
        _ = Host.Server;
    }

    public FlowChannelHost Host { get; }

    private WorkflowScheduler Scheduler => Host.Services.GetRequiredService<WorkflowScheduler>();

    /// <summary>Delivers the outbox until nothing is left to deliver now (runs whose writes queue further runs included).</summary>
    public async Task<int> DeliverAllAsync()
    {
        var total = 0;
        for (var round = 0; round < 20; round++)
        {
            var delivered = await Scheduler.DeliverOutboxAsync(50, CancellationToken.None);
            if (delivered == 0)
            {
                return total;
            }
            total += delivered;
        }
        return total;
    }

    public Task<int> SweepAsync() => Scheduler.SweepAsync(50, CancellationToken.None);

    public static async Task<JsonObject> AddRuleAsync(HttpClient client, string formId, JsonObject rule)
    {
        var response = await client.PostAsJsonAsync($"/api/forms/{formId}/automations", rule);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public static async Task<string> SubmitMeetingAsync(HttpClient client, string title, string? summary = null, string? date = null)
    {
        var data = new JsonObject { ["title"] = title, ["meetingDate"] = date ?? DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["summary"] = summary };
        var response = await client.PostAsJsonAsync("/api/forms/review-meeting/records", new JsonObject { ["data"] = data });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["recordId"]!;
    }

    /// <summary>A rule on review meetings whose actions are <paramref name="actions"/>.</summary>
    public static JsonObject Rule(string key, JsonObject trigger, params JsonObject[] actions) => new()
    {
        ["key"] = key,
        ["name"] = "Rule " + key,
        ["trigger"] = trigger,
        ["actions"] = new JsonArray([.. actions]),
    };

    /// <summary>Adds (or upserts) a lead named after the meeting's title, its notes from the summary.</summary>
    public static JsonObject AddLead(string type = "addRecord", string province = "'beijing'") => new()
    {
        ["type"] = type,
        ["form"] = "lead",
        ["fields"] = new JsonObject
        {
            ["customerName"] = "title",
            ["province"] = province,
            ["industry"] = "'retail'",
            ["status"] = "'new'",
            ["notes"] = "summary",
        },
    };

    /// <summary>Updates the lead named after the meeting's title, or adds it.</summary>
    public static JsonObject UpsertLead()
    {
        var upsert = AddLead("upsertRecord");
        upsert["keys"] = new JsonArray("customerName");
        return upsert;
    }

    /// <summary>The live leads whose customer name is <paramref name="name"/>, as their data.</summary>
    public async Task<List<JsonObject>> LeadsAsync(string name) => await RecordsAsync("lead", "customerName", name);

    public async Task<List<JsonObject>> RecordsAsync(string formId, string field, string value)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var rows = await db.FormRecords.AsNoTracking().Where(r => r.FormId == formId && r.DeletedAt == null).Select(r => r.DataJson).ToListAsync();
        return [.. rows.Select(j => JsonNode.Parse(j)!.AsObject()).Where(d => (string?)d[field] == value)];
    }

    public async Task<List<AutomationRun>> RunsAsync(Guid automationId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.AutomationRuns.AsNoTracking().Where(r => r.AutomationId == automationId).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
