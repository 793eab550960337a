using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// The gauge, funnel, treemap, sunburst, radar and point-map widgets through <c>POST /api/dashboards/{id}/data</c>:
/// attainment, funnel shares and hierarchy totals computed here from <see cref="GeneratedOrders"/>, on all the data,
/// on none of it, and as a partner who sees only their own orders.
/// </summary>
public sealed class DashboardShapeTests(AggregateSqliteHost fixture) : IClassFixture<AggregateSqliteHost>
{
    private const decimal Target = 5_000_000m;

    [Fact]
    public async Task Gauge_funnel_and_treemap_match_the_orders_computed_independently()
    {
        var data = await DataAsync(await ApiClient.ManagerAsync(fixture.Host), "sale");

        var sales = GeneratedOrders.All.Where(o => o.Kind == "sale").ToList();
        Assert.Equal(Math.Round(sales.Sum(o => o.Amount) / Target, 4), Widget(data, "attain")["attainment"]!.GetValue<decimal>());

        var all = GeneratedOrders.All;
        var (saleCount, returnCount) = (all.Count(o => o.Kind == "sale"), all.Count(o => o.Kind == "return"));
        var stages = Widget(data, "kinds")["funnel"]!.AsArray();
        Assert.Equal(["sale", "return", "exchange"], stages.Select(s => s!["stage"]!.GetValue<string>()));
        Assert.Equal(new decimal[] { saleCount, returnCount, 0 }, stages.Select(s => s!["value"]!.GetValue<decimal>()));
        Assert.Equal(Math.Round((decimal)returnCount / saleCount, 4), stages[1]!["ofFirst"]!.GetValue<decimal>());
        Assert.Equal(0m, stages[2]!["ofPrevious"]!.GetValue<decimal>());
        Assert.Null(stages[0]!["ofPrevious"]);

        foreach (var id in new[] { "tree", "burst" })
        {
            var roots = Widget(data, id)["hierarchy"]!.AsArray();
            var expected = all.GroupBy(o => o.Partner).OrderByDescending(g => g.Sum(o => o.Amount)).ToList();
            Assert.Equal(expected.Select(g => g.Key), roots.Select(r => r!["label"]!.GetValue<string>()));
            Assert.Equal(expected.Select(g => g.Sum(o => o.Amount)), roots.Select(r => r!["value"]!.GetValue<decimal>()));
            foreach (var (group, root) in expected.Zip(roots))
            {
                foreach (var kind in root!["children"]!.AsArray())
                {
                    var orders = group.Where(o => o.Kind == kind!["label"]!.GetValue<string>()).ToList();
                    Assert.Equal(orders.Sum(o => o.Amount), kind!["value"]!.GetValue<decimal>());
                    var quarters = kind["children"]!.AsArray().ToDictionary(q => q!["label"]!.GetValue<string>(), q => q!["value"]!.GetValue<decimal>());
                    Assert.Equal(orders.GroupBy(Quarter).ToDictionary(g => g.Key, g => g.Sum(o => o.Amount)), quarters);
                }
                Assert.Equal(group.Select(o => o.Kind).Distinct().Count(), root["children"]!.AsArray().Count);
            }
        }

        var radar = Widget(data, "radar")["result"]!["rows"]!.AsArray();
        var pairs = all.GroupBy(o => (o.Partner, o.Kind)).ToDictionary(g => $"{g.Key.Partner}|{g.Key.Kind}", g => g.Sum(o => o.Amount));
        Assert.Equal(pairs, radar.ToDictionary(r => $"{r!["keys"]![0]}|{r["keys"]![1]}", r => r!["values"]![0]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task With_no_matching_orders_the_shapes_are_empty_not_failing()
    {
        var data = await DataAsync(await ApiClient.ManagerAsync(fixture.Host), "no-such-kind");

        var gauge = Widget(data, "attain");
        Assert.Null(gauge["attainment"]);
        Assert.Equal(Target, gauge["comparison"]!.GetValue<decimal>());
        var stages = Widget(data, "kinds")["funnel"]!.AsArray();
        Assert.All(stages, s => Assert.Equal(0m, s!["value"]!.GetValue<decimal>()));
        Assert.All(stages, s => Assert.Null(s!["ofFirst"]));
        Assert.Empty(Widget(data, "tree")["hierarchy"]!.AsArray());
        Assert.Empty(Widget(data, "radar")["result"]!["rows"]!.AsArray());
    }

    [Fact]
    public async Task A_partner_admin_sees_only_their_own_partner_in_every_shape()
    {
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);
        var data = await DataAsync(partner, "sale");

        var own = GeneratedOrders.All.Where(o => o.Partner == GeneratedOrders.PartnerA).ToList();
        var root = Assert.Single(Widget(data, "tree")["hierarchy"]!.AsArray())!;
        Assert.Equal(GeneratedOrders.PartnerA, root["label"]!.GetValue<string>());
        Assert.Equal(own.Sum(o => o.Amount), root["value"]!.GetValue<decimal>());
        Assert.Equal(Math.Round(own.Where(o => o.Kind == "sale").Sum(o => o.Amount) / Target, 4), Widget(data, "attain")["attainment"]!.GetValue<decimal>());
        Assert.Equal(own.Count(o => o.Kind == "sale"), Widget(data, "kinds")["funnel"]![0]!["value"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("gauge", "/widgets/0/comparison")]
    [InlineData("funnel", "/widgets/0/query/dimensions")]
    [InlineData("map", "/widgets/0/display/mode")]
    public async Task A_shape_without_what_it_needs_is_refused_at_its_pointer(string type, string expectedPlace)
    {
        var widget = WidgetJson("bad", type, "sales-order", [], """[{ "key": "n", "aggregate": "count" }]""", display: """{ "mode": "bubbles" }""");
        var response = await (await ApiClient.AdminAsync(fixture.Host)).PutAsJsonAsync("/api/dashboards/bad-shapes", Definition("bad-shapes", [widget]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.True(problem.Contains(expectedPlace, StringComparison.Ordinal), problem);
    }

    private async Task<JsonObject> DataAsync(HttpClient client, string kind)
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var id = "shapes-" + kind;
        var sum = """[{ "key": "amount", "aggregate": "sum", "field": "amount" }]""";
        var onlyKind = $$"""[{ "field": "kind", "op": "eq", "value": "{{kind}}" }]""";
        var anyKind = kind == "sale" ? "[]" : onlyKind;
        JsonObject[] widgets =
        [
            WidgetJson("attain", "gauge", "sales-order", [], sum, onlyKind, comparison: $$"""{ "kind": "target", "target": {{Target}} }"""),
            WidgetJson("kinds", "funnel", "sales-order", ["kind"], """[{ "key": "n", "aggregate": "count" }]""", anyKind,
                display: """{ "stages": ["sale", "return", "exchange"] }"""),
            WidgetJson("tree", "treemap", "sales-order", ["partner", "kind", "orderDate:quarter"], sum, anyKind),
            WidgetJson("burst", "sunburst", "sales-order", ["partner", "kind", "orderDate:quarter"], sum, anyKind),
            WidgetJson("radar", "radar", "sales-order", ["partner", "kind"], sum, anyKind),
            WidgetJson("points", "map", "partner-profile", ["province"], """[{ "key": "n", "aggregate": "count" }]""", display: """{ "mode": "points" }"""),
        ];
        var saved = await admin.PutAsJsonAsync($"/api/dashboards/{id}", Definition(id, widgets));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var response = await client.PostAsJsonAsync($"/api/dashboards/{id}/data", new JsonObject { ["values"] = new JsonObject() });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonObject Definition(string id, JsonObject[] widgets) => new()
    {
        ["id"] = id,
        ["title"] = "Shapes",
        ["filters"] = new JsonArray(),
        ["widgets"] = new JsonArray([.. widgets]),
    };

    private static JsonObject WidgetJson(string id, string type, string form, string[] dimensions, string measures, string filters = "[]",
        string? comparison = null, string? display = null)
    {
        var widget = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["title"] = id,
            ["layout"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["w"] = 6, ["h"] = 4 },
            ["form"] = form,
            ["query"] = new JsonObject
            {
                ["filters"] = JsonNode.Parse(filters),
                ["dimensions"] = new JsonArray([.. dimensions.Select(d => d.Split(':') is [var f, var g]
                    ? new JsonObject { ["field"] = f, ["granularity"] = g } : new JsonObject { ["field"] = d })]),
                ["measures"] = JsonNode.Parse(measures),
            },
        };
        if (comparison is not null)
        {
            widget["comparison"] = JsonNode.Parse(comparison);
        }
        if (display is not null)
        {
            widget["display"] = JsonNode.Parse(display);
        }
        return widget;
    }

    private static JsonObject Widget(JsonObject data, string id)
    {
        var widget = data["widgets"]!.AsArray().Single(w => w!["widgetId"]!.GetValue<string>() == id)!.AsObject();
        Assert.True(widget["available"]!.GetValue<bool>(), widget["message"]?.ToString());
        return widget;
    }

    private static string Quarter(GeneratedOrder o) => $"{o.Date.Year}-Q{(o.Date.Month + 2) / 3}";
}
