using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Workflows.RecordChanges;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Durability;
using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Workflows;

/// <summary>
/// <c>FlowChannel.RecordChanged</c> on a real host: a workflow's UpdateRecord starts the workflows watching the form in
/// the same request, only for the watched fields and when the condition holds; workflows updating each other's
/// records stop at the chain cap.
/// </summary>
public sealed class RecordChangedTriggerTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-record-changed-");

    [Fact]
    public async Task A_watched_change_that_meets_the_condition_starts_the_workflow_with_old_and_new_values()
    {
        await using var host = await HostAsync("partner-tier-watch.json");
        var recordId = await PartnerIdAsync(host, "成都天府商贸有限公司");

        var updater = await UpdateAsync(host, recordId, new { tier = "core" });

        var watch = Assert.Single(await InstancesAsync(host, "partner-tier-watch"));
        Assert.Equal("Finished", watch.SubStatus);
        Assert.Equal(recordId.ToString(), watch.CorrelationId);
        var record = WorkflowInstanceState.FromJson(watch.StateJson).Variables["Record"]!;
        Assert.Equal(recordId.ToString(), (string?)record["id"]);
        Assert.Equal(["tier"], record["changedFields"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(("ordinary", "core"), ((string?)record["previousData"]!["tier"], (string?)record["data"]!["tier"]));
        Assert.Equal(("system", updater), ((string?)record["changedBy"], (string?)record["changedByInstanceId"]));
    }

    [Fact]
    public async Task A_change_to_other_fields_or_one_the_condition_rejects_starts_nothing()
    {
        await using var host = await HostAsync("partner-tier-watch.json");
        var recordId = await PartnerIdAsync(host, "成都天府商贸有限公司");

        await UpdateAsync(host, recordId, new { paymentTermDays = 30 });
        await UpdateAsync(host, recordId, new { tier = "strategic" });
        await UpdateAsync(host, recordId, new { tier = "strategic" });

        Assert.Empty(await InstancesAsync(host, "partner-tier-watch"));
        await UpdateAsync(host, recordId, new { tier = "core" });
        Assert.Single(await InstancesAsync(host, "partner-tier-watch"));
    }

    [Fact]
    public async Task Workflows_updating_each_other_s_records_stop_at_the_chain_cap_with_an_incident()
    {
        await using var host = await HostAsync("partner-ping.json", "partner-pong.json");
        var recordId = await PartnerIdAsync(host, "武汉江城零售连锁有限公司");

        await UpdateAsync(host, recordId, new { paymentTermDays = 61 });

        var chain = (await InstancesAsync(host, "partner-ping")).Concat(await InstancesAsync(host, "partner-pong")).ToList();
        Assert.Equal(RecordChangedTriggers.MaxChainDepth, chain.Count);
        var faulted = Assert.Single(chain, i => i.SubStatus == "Faulted");
        var incident = Assert.Single(WorkflowInstanceState.FromJson(faulted.StateJson).Incidents);
        Assert.Equal("update", incident.ActivityId);
        Assert.Contains("seem to loop", incident.Message, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var data = JsonNode.Parse((await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.SingleAsync(r => r.Id == recordId)).DataJson)!;
        // Pings start at odd depths, pongs (which lengthen the term) at even ones: each pong below the cap added a day,
        // the one at the cap was refused and changed nothing.
        Assert.Equal(61 + (RecordChangedTriggers.MaxChainDepth / 2) - 1, (int)data["paymentTermDays"]!);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task<string> UpdateAsync(FlowChannelHost host, Guid recordId, object data)
    {
        var admin = await ApiClient.AdminAsync(host);
        var response = await admin.PostAsJsonAsync("/api/events/partner.update/trigger", new { payload = new { recordId, data } });
        var started = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, started.ToJsonString());
        var instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
        var updater = await InstancesAsync(host, "partner-update");
        Assert.Equal("Finished", updater.Single(i => i.Id == instanceId).SubStatus);
        return instanceId;
    }

    private static async Task<List<WorkflowInstance>> InstancesAsync(FlowChannelHost host, string definitionId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowInstances.AsNoTracking()
            .Where(i => i.DefinitionId == definitionId).ToListAsync();
    }

    private static async Task<Guid> PartnerIdAsync(FlowChannelHost host, string companyName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.AsNoTracking()
            .Where(r => r.FormId == "partner-profile").ToListAsync();
        return records.Single(r => (string?)JsonNode.Parse(r.DataJson)!["companyName"] == companyName).Id;
    }

    private async Task<FlowChannelHost> HostAsync(params string[] definitions)
    {
        var host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?> { ["FlowChannel:Scheduler:Enabled"] = "false" });
        _ = host.Server;
        foreach (var definition in definitions.Append("partner-update.json"))
        {
            await WorkflowDefinitions.PublishAsync(host, definition, "Workflows");
        }
        return host;
    }
}
