using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>The daily risk computation and the escalation flow it starts, with days passing on the test clock.</summary>
public sealed class RiskWarningFlowTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task High_credit_use_raises_one_warning_that_escalates_to_the_director_when_the_owner_lets_it_lie()
    {
        var partner = await host.PartnerAsync("海南高授信占用有限公司", creditLimit: 100_000);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await host.SubmitAsync("sales-order", new JsonObject { ["partner"] = ChannelHost.Link(partner), ["orderDate"] = today, ["kind"] = "sale", ["amount"] = 95_000 });
        await host.SubmitAsync("payment", new JsonObject { ["partner"] = ChannelHost.Link(partner), ["paymentDate"] = today, ["amount"] = 5_000 });

        var first = await host.RunAsync("risk-computation-daily", []);
        await host.HealthyAsync(first);
        var second = await host.RunAsync("risk-computation-daily", []);
        await host.HealthyAsync(second);
        await host.DeliverAsync();

        var warning = Assert.Single(await host.RecordsAsync("risk-warning"), w => (string?)w.Data["partner"]!["id"] == partner.ToString());
        Assert.Equal("creditUtilisation", (string?)warning.Data["riskType"]);
        Assert.Equal("open", (string?)warning.Data["status"]);
        Assert.Contains("0.9", (string?)warning.Data["figures"], StringComparison.Ordinal);

        // The escalation flow started for it; the owner (the partner's channel manager) has three days.
        var escalation = await EscalationOfAsync(warning.Id);
        var ownerTask = await host.OpenTaskAsync(escalation, "manager");
        await host.PassAsync(TimeSpan.FromDays(3.1));

        await host.HealthyAsync(escalation);
        Assert.Equal(TaskStatuses.Open, (await host.OpenTaskAsync(escalation, "dir1")).Status);
        Assert.NotEqual(TaskStatuses.Open, (await host.TasksAsync(escalation)).Single(t => t.Id == ownerTask.Id).Status);
        Assert.Equal("escalated", (string?)(await host.RecordAsync(warning.Id))["data"]!["status"]);

        // A director who sees no need for action sends it to the closing review, which closes it.
        await host.ActAsync("dir1", (await host.OpenTaskAsync(escalation, "dir1")).Id, "reject", "已回款，不采取措施");
        await host.ActAsync("manager", (await host.OpenTaskAsync(escalation, "manager")).Id, "approve");
        Assert.Equal("closed", (string?)(await host.RecordAsync(warning.Id))["data"]!["status"]);
        Assert.Equal("Finished", (string?)(await host.InstanceAsync(escalation))["status"]);
    }

    private async Task<string> EscalationOfAsync(Guid warningId)
    {
        await using var scope = host.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannel.Persistence.FlowChannelDbContext>();
        return await db.WorkflowTasks.Where(t => t.RecordId == warningId).Select(t => t.InstanceId).FirstAsync();
    }
}
