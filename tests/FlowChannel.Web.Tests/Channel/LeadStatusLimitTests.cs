using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Channel;

/// <summary>
/// The pack's partners may answer a lead assigned to them (accept or decline) but not close it: won and lost are the
/// channel manager's, and a status the manager set may stay when the partner saves the lead.
/// </summary>
public sealed class LeadStatusLimitTests(ChannelHost host) : IClassFixture<ChannelHost>
{
    [Fact]
    public async Task A_partner_cannot_set_its_lead_to_won_but_may_accept_it_and_keep_the_managers_won()
    {
        // The sample partner of the partner admin is the one serving Shanghai manufacturing.
        var (lead, run) = await host.SubmitAsync("lead", new JsonObject
        {
            ["customerName"] = "上海赢单测试项目", ["province"] = "shanghai", ["industry"] = "manufacturing", ["status"] = "new",
        });
        await host.HealthyAsync(Assert.Single(run));
        Assert.Equal("assigned", (string?)(await host.RecordAsync(lead))["data"]!["status"]);
        var partner = await ApiClient.SignInAsync(host.Host, "partner-admin", FlowChannelHost.SamplePassword);

        var won = await partner.PutAsJsonAsync($"/api/records/{lead}", new { data = new { status = "won" } });
        var batchWon = await partner.PostAsJsonAsync("/api/forms/lead/records/batch-edit", new { recordIds = new[] { lead }, field = "status", value = "won" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, won.StatusCode);
        Assert.Equal("data/status", (string?)(await won.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, batchWon.StatusCode);
        Assert.Equal("assigned", (string?)(await host.RecordAsync(lead))["data"]!["status"]);

        var accepted = await partner.PutAsJsonAsync($"/api/records/{lead}", new { data = new { status = "accepted" } });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("accepted", (string?)(await host.RecordAsync(lead))["data"]!["status"]);

        var manager = await host.SignInAsync("manager");
        var closed = await manager.PutAsJsonAsync($"/api/records/{lead}", new { data = new { status = "won" } });
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var noted = await partner.PutAsJsonAsync($"/api/records/{lead}", new { data = new { status = "won", notes = "签约完成" } });
        Assert.True(noted.IsSuccessStatusCode, await noted.Content.ReadAsStringAsync());
        var data = (await host.RecordAsync(lead))["data"]!;
        Assert.Equal("won", (string?)data["status"]);
        Assert.Equal("签约完成", (string?)data["notes"]);
    }
}
