using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// The pack's dashboards through <c>POST /api/dashboards/{id}/data</c> on the generated orders: every figure is
/// computed here from <see cref="GeneratedOrders"/>, for the channel manager and for a partner's admin.
/// </summary>
public sealed class DashboardDataTests(AggregateSqliteHost fixture) : IClassFixture<AggregateSqliteHost>
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2026, 6, 30);

    private static JsonObject Period => new() { ["period"] = new JsonObject { ["from"] = Day(From), ["to"] = Day(To) } };

    [Fact]
    public async Task Performance_kpis_compare_with_the_previous_period_and_compute_the_average_order()
    {
        var data = await DataAsync(await ApiClient.ManagerAsync(fixture.Host), "channel-performance", Period);

        var sales = Sales(o => o.Date >= From && o.Date <= To);
        var days = To.DayNumber - From.DayNumber + 1;
        var previous = Sales(o => o.Date >= From.AddDays(-days) && o.Date < From);
        var total = Widget(data, "sales-total");
        Assert.Equal(new decimal?[] { sales.Sum(o => o.Amount), sales.Count }, Values(Single(total)));
        Assert.Equal(previous.Sum(o => o.Amount), total["comparison"]!.GetValue<decimal>());
        var average = Values(Single(Widget(data, "average-order")));
        Assert.Equal(sales.Sum(o => o.Amount) / sales.Count, average[2]!.Value, 6);
    }

    [Fact]
    public async Task Sales_by_month_and_the_leaderboard_match_the_orders_of_one_chosen_partner()
    {
        var values = Period;
        values["partner"] = GeneratedOrders.PartnerB;
        var data = await DataAsync(await ApiClient.ManagerAsync(fixture.Host), "channel-performance", values);

        var sales = Sales(o => o.Date >= From && o.Date <= To && o.Partner == GeneratedOrders.PartnerB);
        var byMonth = sales.GroupBy(o => o.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var rows = Widget(data, "sales-by-month")["result"]!["rows"]!.AsArray();
        Assert.Equal(byMonth.Select(g => g.Key), rows.Select(r => r!["keys"]![0]!.GetValue<string>()));
        Assert.Equal(byMonth.Select(g => (decimal?)g.Sum(o => o.Amount)), rows.Select(r => Values(r!)[0]));
        var ranking = Assert.Single(Widget(data, "sales-ranking")["result"]!["rows"]!.AsArray())!;
        Assert.Equal(GeneratedOrders.PartnerB, ranking["keys"]![0]!.GetValue<string>());
        Assert.Equal(sales.Sum(o => o.Amount), Values(ranking)[0]);
    }

    [Fact]
    public async Task A_partner_admin_sees_only_their_own_sales_and_the_risk_widgets_are_not_available_to_them()
    {
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);

        var performance = await DataAsync(partner, "channel-performance", new JsonObject());
        var own = Sales(o => o.Partner == GeneratedOrders.PartnerA);
        Assert.Equal(new decimal?[] { own.Sum(o => o.Amount), own.Count }, Values(Single(Widget(performance, "sales-total"))));
        var ranking = Widget(performance, "sales-ranking")["result"]!["rows"]!.AsArray();
        Assert.Equal([GeneratedOrders.PartnerA], ranking.Select(r => r!["keys"]![0]!.GetValue<string>()));

        var risk = await DataAsync(partner, "channel-risk", new JsonObject());
        Assert.All(risk["widgets"]!.AsArray(), w => Assert.False(w!["available"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Saving_a_broken_dashboard_names_the_pointer_and_a_manager_may_not_save()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var definition = (await admin.GetFromJsonAsync<JsonObject>("/api/dashboards/channel-risk"))!["definition"]!.AsObject();
        definition["widgets"]![1]!["layout"]!["w"] = 20;

        var bad = await admin.PutAsJsonAsync("/api/dashboards/channel-risk", definition);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.True(problem.Contains("/widgets/1/layout/w", StringComparison.Ordinal), problem);

        definition["widgets"]![1]!["layout"]!["w"] = 6;
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync("/api/dashboards/channel-risk", definition)).StatusCode);
        var saved = await admin.PutAsJsonAsync("/api/dashboards/channel-risk", definition);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stored = (await admin.GetFromJsonAsync<JsonObject>("/api/dashboards/channel-risk"))!;
        Assert.Equal(6, stored["definition"]!["widgets"]![1]!["layout"]!["w"]!.GetValue<int>());
        Assert.True(stored["customised"]!.GetValue<bool>());
    }

    private static List<GeneratedOrder> Sales(Func<GeneratedOrder, bool> where) => [.. GeneratedOrders.All.Where(o => o.Kind == "sale").Where(where)];

    private static async Task<JsonObject> DataAsync(HttpClient client, string id, JsonObject values)
    {
        var response = await client.PostAsJsonAsync($"/api/dashboards/{id}/data", new JsonObject { ["values"] = values });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonObject Widget(JsonObject data, string id)
    {
        var widget = data["widgets"]!.AsArray().Single(w => w!["widgetId"]!.GetValue<string>() == id)!.AsObject();
        Assert.True(widget["available"]!.GetValue<bool>(), widget["message"]?.ToString());
        return widget;
    }

    private static JsonNode Single(JsonObject widget) => Assert.Single(widget["result"]!["rows"]!.AsArray())!;

    private static List<decimal?> Values(JsonNode row) => [.. row["values"]!.AsArray().Select(v => v?.GetValue<decimal>())];

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
