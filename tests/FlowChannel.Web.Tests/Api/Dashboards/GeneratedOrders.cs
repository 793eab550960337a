using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>One generated sales order, as the test knows it independently of the server.</summary>
internal sealed record GeneratedOrder(string Partner, DateOnly Date, string Kind, decimal Amount);

/// <summary>
/// Sales orders of the Channel Management pack, generated from a fixed seed and entered by the channel manager through
/// the API for three sample partners, so the aggregation tests can compute every expected figure themselves.
/// </summary>
internal static class GeneratedOrders
{
    public const string PartnerA = "华东智联科技有限公司";
    public const string PartnerB = "深圳前海云拓信息技术有限公司";
    public const string PartnerC = "北京博远咨询服务有限公司";
    public const int Count = 48;

    public static IReadOnlyList<GeneratedOrder> All { get; } = Generate();

    public static async Task SeedAsync(HttpClient manager)
    {
        var partners = (await manager.GetFromJsonAsync<JsonArray>("/api/partners"))!
            .ToDictionary(p => p!["data"]!["companyName"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());
        foreach (var order in All)
        {
            var data = new JsonObject
            {
                ["partner"] = new JsonObject { ["id"] = partners[order.Partner] },
                ["orderDate"] = order.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["kind"] = order.Kind,
                ["amount"] = order.Amount,
            };
            var response = await manager.PostAsJsonAsync("/api/forms/sales-order/records", new { data });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private static List<GeneratedOrder> Generate()
    {
        var random = new Random(20261124);
        string[] partners = [PartnerA, PartnerB, PartnerC];
        return [.. Enumerable.Range(0, Count).Select(i => new GeneratedOrder(
            partners[random.Next(partners.Length)],
            new DateOnly(2026, 1, 1).AddDays(random.Next(0, 300)),
            random.Next(5) == 0 ? "return" : "sale",
            // Cents included: sums must come back exact to the cent.
            random.Next(1_000, 500_000) + random.Next(100) / 100m))];
    }
}
