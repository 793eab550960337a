using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// <c>GET /api/dashboards/{id}/widgets/{widgetId}/export.xlsx</c>: the workbook opens, holds the widget's groups with
/// the figures entered here, neutralises customer names a spreadsheet would run as formulas, and is refused to a
/// caller who may not view the widget's form.
/// </summary>
public sealed class DashboardExportTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly (string Customer, decimal Amount)[] Orders =
    [
        ("=HYPERLINK(\"http://evil.example\",\"x\")", 1200.5m),
        ("@SUM(1+1)", 300m),
        ("Normal Trading Co", 999.99m),
        ("Normal Trading Co", 0.01m),
    ];

    [Fact]
    public async Task The_workbook_holds_the_widgets_groups_with_formula_like_names_neutralised()
    {
        await SeedAsync();
        var manager = await ApiClient.ManagerAsync(fixture.Host);

        var response = await manager.GetAsync("/api/dashboards/export-test/widgets/by-customer/export.xlsx?values=%7B%7D");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        var expected = Orders.GroupBy(o => o.Customer).ToDictionary(g => g.Key[0] is '=' or '@' ? "'" + g.Key : g.Key, g => g.Sum(o => o.Amount));
        Assert.Equal(expected, rows.ToDictionary(r => (string)r["customerName"]!, r => Convert.ToDecimal(r["amount"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.False(((string)r["customerName"]!).StartsWith('='), "A formula cell was written."));
        Assert.Equal(Orders.Count(o => o.Customer == "Normal Trading Co"),
            Convert.ToInt32(rows.Single(r => (string)r["customerName"]! == "Normal Trading Co")["orders"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_widget_on_a_form_the_caller_may_not_view_is_refused_and_an_unknown_widget_is_not_found()
    {
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);
        var risk = (await (await ApiClient.AdminAsync(fixture.Host)).GetFromJsonAsync<JsonObject>("/api/dashboards/channel-risk"))!;
        var widget = risk["definition"]!["widgets"]![0]!["id"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/api/dashboards/channel-risk/widgets/{widget}/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/api/dashboards/channel-risk/widgets/no-such-widget/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await partner.GetAsync($"/api/dashboards/channel-risk/widgets/{widget}/export.xlsx?values=%5B1%5D")).StatusCode);
    }

    private async Task SeedAsync()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        if ((await admin.GetAsync("/api/dashboards/export-test")).IsSuccessStatusCode)
        {
            return;
        }
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var partnerId = (await manager.GetFromJsonAsync<JsonArray>("/api/partners"))![0]!["id"]!.GetValue<string>();
        foreach (var (customer, amount) in Orders)
        {
            var data = new JsonObject
            {
                ["partner"] = new JsonObject { ["id"] = partnerId },
                ["orderDate"] = "2026-05-04",
                ["kind"] = "sale",
                ["customerName"] = customer,
                ["amount"] = amount,
            };
            var created = await manager.PostAsJsonAsync("/api/forms/sales-order/records", new { data });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
        var definition = JsonNode.Parse("""
            { "id": "export-test", "title": "Export", "filters": [],
              "widgets": [{ "id": "by-customer", "type": "table", "title": "By customer", "layout": { "x": 0, "y": 0, "w": 6, "h": 4 },
                "form": "sales-order",
                "query": { "dimensions": [{ "field": "customerName" }],
                           "measures": [{ "key": "amount", "aggregate": "sum", "field": "amount" }, { "key": "orders", "aggregate": "count" }] } }] }
            """);
        var saved = await admin.PutAsJsonAsync("/api/dashboards/export-test", definition);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }
}
