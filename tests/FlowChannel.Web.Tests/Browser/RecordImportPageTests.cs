using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The records import page in a real browser: upload, mapping with a preview, the dry run's report, then skip bad rows.</summary>
public sealed class RecordImportPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string FormId = "imp-browser";

    private const string Schema = """
        {
          "id": "imp-browser", "version": 1, "title": {"zh-CN": "浏览器导入", "en": "Browser import"},
          "fields": [
            {"key": "orderNo", "type": "text", "label": {"zh-CN": "订单号", "en": "Order no"}, "required": true},
            {"key": "amount", "type": "number", "label": {"zh-CN": "金额", "en": "Amount"}}
          ]
        }
        """;

    [Fact]
    public async Task A_dry_run_shows_the_bad_row_column_and_reason_and_skip_bad_rows_imports_the_rest()
    {
        using var api = await AdminApiAsync();
        await PublishAsync(api);
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GotoAsync($"/records/{FormId}/import");
        await page.Locator("[data-testid=import-form][data-ready=true]").WaitForAsync();

        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "orders.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("Order no,Amount\nWEB-1,5\nWEB-2,abc\nWEB-3,7\n"),
        });
        var mapping = page.GetByTestId("import-mapping");
        await Assertions.Expect(mapping.Locator("tr[data-column=A]")).ToContainTextAsync("WEB-1 · WEB-2 · WEB-3");
        await Assertions.Expect(page.GetByTestId("map-A")).ToHaveValueAsync("orderNo");
        await Assertions.Expect(page.GetByTestId("map-B")).ToHaveValueAsync("amount");
        await page.GetByTestId("import-check").ClickAsync();

        var errors = page.GetByTestId("import-errors");
        await Assertions.Expect(errors.Locator("tbody tr")).ToHaveCountAsync(1);
        var cells = errors.Locator("tbody tr td");
        await Assertions.Expect(cells.Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync("B");
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync("Amount");
        await Assertions.Expect(cells.Nth(3)).ToContainTextAsync("number");
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("Nothing was written");
        Assert.DoesNotContain(await OrderNosAsync(api), n => n.StartsWith("WEB-", StringComparison.Ordinal));

        await page.GetByTestId("mode-skip").CheckAsync();
        await page.GetByTestId("import-run").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("Imported 2 of 3 rows");
        await Assertions.Expect(page.GetByTestId("import-progress")).ToContainTextAsync("3 of 3");
        Assert.Equal(["WEB-1", "WEB-3"], (await OrderNosAsync(api)).Where(n => n.StartsWith("WEB-", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task The_records_page_exports_the_searched_view_with_progress_and_formulas_neutralised()
    {
        using var api = await AdminApiAsync();
        await PublishAsync(api);
        var created = await api.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { orderNo = "=1+1", amount = 3 } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var other = await api.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { orderNo = "SKIP-9", amount = 4 } });
        Assert.True(other.IsSuccessStatusCode, await other.Content.ReadAsStringAsync());
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GotoAsync($"/records/{FormId}");

        await Assertions.Expect(page.GetByTestId("import")).ToHaveAttributeAsync("href", $"/records/{FormId}/import");
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        await page.GetByTestId("grid-search").FillAsync("=1+1");
        await page.GetByTestId("grid-search").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("records")).Not.ToContainTextAsync("SKIP-9");
        await page.Locator("[data-testid=export-panel][data-ready=true]").WaitForAsync();
        await page.GetByTestId("export-csv").ClickAsync();
        var link = page.GetByTestId("export-download");
        await Assertions.Expect(link).ToContainTextAsync($"{FormId}.csv", new() { Timeout = 30_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Contains("Order no", text, StringComparison.Ordinal);
        Assert.Contains("'=1+1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SKIP-9", text, StringComparison.Ordinal);
    }

    private async Task<HttpClient> AdminApiAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = FlowChannelHost.AdminPassword }))
            .ReadJsonAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        return client;
    }

    private static async Task PublishAsync(HttpClient api)
    {
        if ((await api.GetAsync($"/api/forms/{FormId}")).IsSuccessStatusCode)
        {
            return;
        }
        Assert.True((await api.PutAsJsonAsync($"/api/forms/{FormId}/draft", JsonNode.Parse(Schema))).IsSuccessStatusCode);
        var published = await api.PostAsync($"/api/forms/{FormId}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    private static async Task<List<string>> OrderNosAsync(HttpClient api)
    {
        var page = await (await api.GetAsync($"/api/forms/{FormId}/records?pageSize=100")).ReadJsonAsync();
        return [.. page["items"]!.AsArray().Select(r => (string)r!["data"]!["orderNo"]!)];
    }
}
