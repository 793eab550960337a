using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Api.RecordTransfer;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>
/// Aggregations are kept until the form's data changes: a write the app does not see (another process on the same
/// database, played here by raw SQL) leaves the kept result in place, and each write the app commits (an import, an
/// edit, a new record) moves it on, the next answer including both. Callers with different reach never share one.
/// </summary>
public sealed class AggregateResultCacheTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Total = """{"measures": [{"key": "orders", "aggregate": "count"}, {"key": "total", "aggregate": "sum", "field": "amount"}]}""";

    [Fact]
    public async Task A_kept_result_answers_until_the_app_commits_a_change_to_the_form()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await ImportCalls.EnsurePublishedAsync(fixture.Host);
        Assert.Equal("completed", (string)(await ImportCalls.ImportAsync(admin, "订单号,金额\nK-001,10\nK-002,20\nK-003,30\n", dryRun: false))["state"]!);
        var first = await TotalAsync(admin);

        // Another process adds 1,000 to every order's amount: this process is not told.
        await BehindTheAppsBackAsync("UPDATE \"RecordFacts\" SET {0} = {0} + 1000 WHERE \"FormId\" = 'imp-orders'");
        Assert.Equal(first, await TotalAsync(admin));

        // An import commits: the next answer is read again, the other process's change with it.
        Assert.Equal("completed", (string)(await ImportCalls.ImportAsync(admin, "订单号,金额\nK-004,5\n", dryRun: false))["state"]!);
        var afterImport = await TotalAsync(admin);
        Assert.Equal((first.Orders + 1, first.Sum + first.Orders * 1000 + 5), afterImport);

        // An edit through the API moves it on too.
        var record = await RecordAsync(admin, "K-004");
        var edited = await admin.PutAsJsonAsync($"/api/records/{record}", new { data = new { orderNo = "K-004", amount = 7 } });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
        Assert.Equal((afterImport.Orders, afterImport.Sum + 2), await TotalAsync(admin));

        var deleted = await admin.DeleteAsync($"/api/records/{record}");
        Assert.True(deleted.IsSuccessStatusCode, await deleted.Content.ReadAsStringAsync());
        Assert.Equal((afterImport.Orders - 1, afterImport.Sum - 5), await TotalAsync(admin));
    }

    [Fact]
    public async Task A_partner_asking_what_the_manager_asked_gets_only_their_own_orders()
    {
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        await GeneratedOrders.SeedAsync(manager);
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);

        var all = await AggregateAsync(manager, "sales-order", Total);
        var own = await AggregateAsync(partner, "sales-order", Total);

        var mine = GeneratedOrders.All.Where(o => o.Partner == GeneratedOrders.PartnerA).ToList();
        Assert.Equal((GeneratedOrders.All.Count, GeneratedOrders.All.Sum(o => o.Amount)), all);
        Assert.Equal((mine.Count, mine.Sum(o => o.Amount)), own);
    }

    private static Task<(decimal Orders, decimal Sum)> TotalAsync(HttpClient client) => AggregateAsync(client, ImportCalls.FormId, Total);

    private static async Task<(decimal Orders, decimal Sum)> AggregateAsync(HttpClient client, string form, string body)
    {
        var response = await client.PostAsync($"/api/forms/{form}/aggregate", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToJsonString());
        var values = json["rows"]!.AsArray().Single()!["values"]!.AsArray();
        return (values[0]!.GetValue<decimal>(), values[1]?.GetValue<decimal>() ?? 0m);
    }

    private static async Task<string> RecordAsync(HttpClient client, string orderNo)
    {
        var page = await client.PostAsJsonAsync($"/api/forms/{ImportCalls.FormId}/records/query",
            new { filters = new[] { new { field = "orderNo", op = "eq", value = orderNo } } });
        var json = await page.ReadJsonAsync();
        Assert.True(page.IsSuccessStatusCode, json.ToJsonString());
        return (string)json["items"]!.AsArray().Single()!["id"]!;
    }

    /// <summary>Runs <paramref name="sql"/> with {0} as the amount field's facts column, outside the app's saves.</summary>
    private async Task BehindTheAppsBackAsync(string sql)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var slot = await db.RecordFactSlots.SingleAsync(s => s.FormId == ImportCalls.FormId && s.FieldKey == "amount" && s.Kind == "N");
#pragma warning disable EF1002 // the column name comes from the slot table, not from input
        await db.Database.ExecuteSqlRawAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, $"\"N{slot.Index}\""));
#pragma warning restore EF1002
    }
}
