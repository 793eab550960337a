using System.Globalization;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The channel overview dashboard in a real browser: open it from the menu, filter, drill into the records.</summary>
public sealed class DashboardPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Manager_opens_the_channel_overview_applies_a_period_and_drills_from_a_bar_into_the_records()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        // A drill loads the records page; on a busy test machine that takes longer than an action.
        page.SetDefaultNavigationTimeout(90_000);
        await BrowserSession.SignInAsync(page, "manager");
        await page.GetByTestId("nav-dashboards").ClickAsync();
        await page.GetByTestId("dashboard-channel-overview").ClickAsync();
        await page.Locator("[data-testid=dashboard][data-ready=true]").WaitForAsync();
        var count = page.GetByTestId("widget-partner-count").GetByTestId("kpi-value");
        var before = await count.InnerTextAsync();

        // A period that ended before any partner was created leaves no partners.
        await page.GetByTestId("filter-from").FillAsync("2000-01-01");
        await page.GetByTestId("filter-to").FillAsync("2000-12-31");
        await page.GetByTestId("apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("widget-partner-count")).ToContainTextAsync("0");
        await page.GetByTestId("filter-from").FillAsync("");
        await page.GetByTestId("filter-to").FillAsync(DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByTestId("apply").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync(before);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "channel-overview.png"), FullPage = true });

        await page.GetByTestId("widget-by-type").Locator("g.rz-column-series path").First.ClickAsync();
        // The chart navigates from the server (NavigationManager), in the page: look at the address, not for a new load.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/records/partner-profile\\?filters="), new() { Timeout = 90_000 });
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        // The drilled grid holds one partner type's partners: some, and no more than all partners.
        var drilled = int.Parse(new string([.. (await page.GetByTestId("record-total").InnerTextAsync()).Where(char.IsDigit)]), CultureInfo.InvariantCulture);
        Assert.InRange(drilled, 1, int.Parse(before.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Manager_filters_by_region_drills_into_a_province_and_exports_a_widget()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        // A drill loads the records page; on a busy test machine that takes longer than an action.
        page.SetDefaultNavigationTimeout(90_000);
        await BrowserSession.SignInAsync(page, "manager");
        await page.GotoAsync("/dashboards/channel-overview");
        await page.Locator("[data-testid=dashboard][data-ready=true]").WaitForAsync();
        var count = page.GetByTestId("widget-partner-count").GetByTestId("kpi-value");
        var all = int.Parse((await count.InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

        // The sample partners include exactly one in Shanghai.
        // The text filters take their value on change: leave the field before applying.
        await page.GetByTestId("filter-region").FillAsync("shanghai");
        await page.GetByTestId("filter-region").PressAsync("Tab");
        await page.GetByTestId("apply").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync("1", new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("widget-map").GetByTestId("province")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        // The workbook of the partners-by-type widget, with the region filter the page shows: one partner in it.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("widget-by-type").GetByTestId("export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var file = new MemoryStream(File.ReadAllBytes(await download.PathAsync())))
        {
            var rows = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            var values = rows.Select(r => Convert.ToInt32(r.Values.Last(), CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(1, values.Sum());
        }

        await page.GetByTestId("filter-region").FillAsync("");
        await page.GetByTestId("filter-region").PressAsync("Tab");
        await page.GetByTestId("apply").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync(all.ToString("#,0", CultureInfo.InvariantCulture), new() { Timeout = 30_000 });
        await page.GetByTestId("widget-map").GetByTestId("province").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/records/partner-profile?filters=", StringComparison.Ordinal) && url.Contains("province", StringComparison.Ordinal));
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        var drilled = int.Parse(new string([.. (await page.GetByTestId("record-total").InnerTextAsync()).Where(char.IsDigit)]), CultureInfo.InvariantCulture);
        Assert.InRange(drilled, 1, all - 1);
    }
}
