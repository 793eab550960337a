using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// Dashboard aggregations through <c>POST /api/forms/{id}/aggregate</c>, run on each database engine by the classes
/// deriving from it. Every figure is compared with one computed here from the generated orders, never with a number
/// written into the test.
/// </summary>
public abstract class AggregateContract
{
    private const string Orders = "/api/forms/sales-order/aggregate";

    protected abstract FlowChannelHost Host { get; }

    [Fact]
    public async Task Count_sum_average_and_maximum_by_partner_and_kind_match_the_orders()
    {
        var result = await AggregateAsync(await ApiClient.ManagerAsync(Host), """
            {"dimensions": [{"field": "partner"}, {"field": "kind"}],
             "measures": [{"key": "orders", "aggregate": "count"}, {"key": "total", "aggregate": "sum", "field": "amount"},
                          {"key": "average", "aggregate": "avg", "field": "amount"}, {"key": "largest", "aggregate": "max", "field": "amount"}]}
            """);

        var expected = GeneratedOrders.All.GroupBy(o => (o.Partner, o.Kind))
            .OrderBy(g => g.Key.Partner, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal).ToList();
        var rows = result["rows"]!.AsArray();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (group, row) in expected.Zip(rows))
        {
            Assert.Equal(new string?[] { group.Key.Partner, group.Key.Kind }, Keys(row!));
            var values = Values(row!);
            Assert.Equal(group.Count(), values[0]);
            Assert.Equal(group.Sum(o => o.Amount), values[1]);
            Assert.Equal(group.Average(o => o.Amount), values[2]!.Value, 2);
            Assert.Equal(group.Max(o => o.Amount), values[3]);
        }
    }

    [Fact]
    public async Task Filters_apply_before_grouping_by_month_of_a_date_field()
    {
        var result = await AggregateAsync(await ApiClient.ManagerAsync(Host), """
            {"filters": [{"field": "kind", "op": "eq", "value": "sale"}],
             "dimensions": [{"field": "orderDate", "granularity": "month"}],
             "measures": [{"key": "total", "aggregate": "sum", "field": "amount"}, {"key": "smallest", "aggregate": "min", "field": "amount"}]}
            """);

        var expected = GeneratedOrders.All.Where(o => o.Kind == "sale")
            .GroupBy(o => o.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(g => g.Key), result["rows"]!.AsArray().Select(r => Keys(r!)[0]));
        Assert.Equal(expected.Select(g => (decimal?)g.Sum(o => o.Amount)), result["rows"]!.AsArray().Select(r => Values(r!)[0]));
        Assert.Equal(expected.Select(g => (decimal?)g.Min(o => o.Amount)), result["rows"]!.AsArray().Select(r => Values(r!)[1]));
    }

    [Fact]
    public async Task Distinct_partners_per_quarter_count_each_partner_once()
    {
        var result = await AggregateAsync(await ApiClient.ManagerAsync(Host), """
            {"dimensions": [{"field": "orderDate", "granularity": "quarter"}],
             "measures": [{"key": "partners", "aggregate": "distinctCount", "field": "partner"}, {"key": "orders", "aggregate": "count"}]}
            """);

        var expected = GeneratedOrders.All.GroupBy(o => $"{o.Date.Year}-Q{(o.Date.Month + 2) / 3}").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(g => g.Key), result["rows"]!.AsArray().Select(r => Keys(r!)[0]));
        Assert.Equal(expected.Select(g => (decimal?)g.Select(o => o.Partner).Distinct().Count()), result["rows"]!.AsArray().Select(r => Values(r!)[0]));
        Assert.Equal(expected.Select(g => (decimal?)g.Count()), result["rows"]!.AsArray().Select(r => Values(r!)[1]));
    }

    [Fact]
    public async Task A_partner_admin_aggregates_only_their_own_partners_orders()
    {
        var partner = await ApiClient.SignInAsync(Host, "partner-admin", FlowChannelHost.SamplePassword);
        var own = GeneratedOrders.All.Where(o => o.Partner == GeneratedOrders.PartnerA).ToList();

        var byPartner = await AggregateAsync(partner, """
            {"dimensions": [{"field": "partner"}], "measures": [{"key": "orders", "aggregate": "count"}, {"key": "total", "aggregate": "sum", "field": "amount"}]}
            """);
        var total = await AggregateAsync(partner, """{"measures": [{"key": "total", "aggregate": "sum", "field": "amount"}]}""");

        var row = Assert.Single(byPartner["rows"]!.AsArray())!;
        Assert.Equal(new string?[] { GeneratedOrders.PartnerA }, Keys(row));
        Assert.Equal(new decimal?[] { own.Count, own.Sum(o => o.Amount) }, Values(row));
        Assert.Equal(own.Sum(o => o.Amount), Values(Assert.Single(total["rows"]!.AsArray())!)[0]);
    }

    [Fact]
    public async Task No_matching_records_give_a_zero_total_and_no_groups()
    {
        var manager = await ApiClient.ManagerAsync(Host);
        const string NoMatch = """{"field": "amount", "op": "gt", "value": 1000000000}""";

        var total = await AggregateAsync(manager, $$"""{"filters": [{{NoMatch}}], "measures": [{"key": "orders", "aggregate": "count"}, {"key": "total", "aggregate": "sum", "field": "amount"}]}""");
        var grouped = await AggregateAsync(manager, $$"""{"filters": [{{NoMatch}}], "dimensions": [{"field": "partner"}], "measures": [{"key": "orders", "aggregate": "count"}]}""");

        Assert.Equal(new decimal?[] { 0m, null }, Values(Assert.Single(total["rows"]!.AsArray())!));
        Assert.Empty(grouped["rows"]!.AsArray());
    }

    [Theory]
    [InlineData("sales-order", "manager", """{"dimensions": [{"field": "nope"}], "measures": [{"key": "n", "aggregate": "count"}]}""", "dimensions[0]", "unknownField")]
    [InlineData("sales-order", "manager", """{"dimensions": [{"field": "orderDate"}], "measures": [{"key": "n", "aggregate": "count"}]}""", "dimensions[0].granularity", "value")]
    [InlineData("sales-order", "manager", """{"dimensions": [{"field": "amount"}], "measures": [{"key": "n", "aggregate": "count"}]}""", "dimensions[0]", "unsupported")]
    [InlineData("sales-order", "manager", """{"measures": [{"key": "n", "aggregate": "sum", "field": "kind"}]}""", "measures[0].field", "unsupported")]
    [InlineData("sales-order", "manager", """{"measures": [{"key": "n", "aggregate": "median", "field": "amount"}]}""", "measures[0].aggregate", "value")]
    [InlineData("sales-order", "manager", """{"measures": []}""", "measures", "required")]
    [InlineData("sales-order", "manager", """{"filters": [{"field": "amount", "op": "contains", "value": "1"}], "measures": [{"key": "n", "aggregate": "count"}]}""", "filters[0]", "operator")]
    [InlineData("partner-profile", "partner-admin", """{"measures": [{"key": "score", "aggregate": "avg", "field": "screeningScore"}]}""", "measures[0].field", "hidden")]
    public async Task A_bad_aggregation_is_refused_naming_its_place(string form, string user, string body, string path, string code)
    {
        var client = user == "manager" ? await ApiClient.ManagerAsync(Host) : await ApiClient.SignInAsync(Host, user, FlowChannelHost.SamplePassword);
        var response = await client.PostAsync($"/api/forms/{form}/aggregate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == path && e["code"]!.GetValue<string>() == code);
    }

    private static async Task<JsonObject> AggregateAsync(HttpClient client, string body)
    {
        var response = await client.PostAsync(Orders, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var json = (await response.ReadJsonAsync()).AsObject();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToJsonString());
        return json;
    }

    private static List<string?> Keys(JsonNode row) => [.. row["keys"]!.AsArray().Select(k => k?.GetValue<string>())];

    private static List<decimal?> Values(JsonNode row) => [.. row["values"]!.AsArray().Select(v => v?.GetValue<decimal>())];
}
