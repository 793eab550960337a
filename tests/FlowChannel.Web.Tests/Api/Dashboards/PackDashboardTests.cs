using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// The Channel Management pack's incentives, leads and partner-portal dashboards: every widget fits its form (the
/// manager gets numbers from all of them), and the partner view counts a partner's own orders only.
/// </summary>
public sealed class PackDashboardTests(AggregateSqliteHost fixture) : IClassFixture<AggregateSqliteHost>
{
    [Theory]
    [InlineData("channel-incentives")]
    [InlineData("channel-leads")]
    [InlineData("partner-portal")]
    public async Task Every_widget_of_the_pack_dashboard_answers_the_channel_manager(string id)
    {
        var data = await DataAsync(await ApiClient.ManagerAsync(fixture.Host), id);

        var widgets = data["widgets"]!.AsArray();
        Assert.NotEmpty(widgets);
        Assert.All(widgets, w => Assert.True(w!["available"]!.GetValue<bool>(), $"{w["widgetId"]}: {w["message"]}"));
    }

    [Fact]
    public async Task The_partner_portal_shows_a_partner_their_own_sales_and_only_themselves_in_the_rank()
    {
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);
        var data = await DataAsync(partner, "partner-portal");

        var own = GeneratedOrders.All.Where(o => o.Partner == GeneratedOrders.PartnerA && o.Kind == "sale").ToList();
        var sales = Widget(data, "my-sales")["result"]!["rows"]![0]!["values"]!.AsArray();
        Assert.Equal(own.Sum(o => o.Amount), sales[0]!.GetValue<decimal>());
        Assert.Equal(own.Count, sales[1]!.GetValue<int>());
        var rank = Widget(data, "my-rank")["result"]!["rows"]!.AsArray();
        Assert.Equal([GeneratedOrders.PartnerA], rank.Select(r => r!["keys"]![0]!.GetValue<string>()));
        var quarters = Widget(data, "my-sales-by-quarter")["result"]!["rows"]!.AsArray()
            .ToDictionary(r => r!["keys"]![0]!.GetValue<string>(), r => r!["values"]![0]!.GetValue<decimal>());
        Assert.Equal(own.GroupBy(o => $"{o.Date.Year}-Q{(o.Date.Month + 2) / 3}").ToDictionary(g => g.Key, g => g.Sum(o => o.Amount)), quarters);
    }

    private static async Task<JsonObject> DataAsync(HttpClient client, string id)
    {
        var response = await client.PostAsJsonAsync($"/api/dashboards/{id}/data", new JsonObject { ["values"] = new JsonObject() });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonObject Widget(JsonObject data, string id)
    {
        var widget = data["widgets"]!.AsArray().Single(w => w!["widgetId"]!.GetValue<string>() == id)!.AsObject();
        Assert.True(widget["available"]!.GetValue<bool>(), widget["message"]?.ToString());
        return widget;
    }
}
