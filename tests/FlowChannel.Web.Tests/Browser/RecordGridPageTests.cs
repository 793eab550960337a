using FlowChannel.Web.Tests.Api.Grid;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The records grid in a real browser: column filters, sorting by a header click and search narrow the rows.</summary>
public sealed class RecordGridPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Manager_filters_sorts_and_searches_the_grid_and_sees_the_right_rows()
    {
        await GridForms.EnsureSeededAsync(session.BaseUrl);
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "manager");

        await page.GotoAsync($"/records/{GridForms.Deals}");
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        var total = page.GetByTestId("record-total");
        await Assertions.Expect(total).ToHaveTextAsync("6 record(s)");

        await page.GetByTestId("filter-stage").SelectOptionAsync("active");
        await Assertions.Expect(total).ToHaveTextAsync("2 record(s)");
        await page.GetByTestId("sort-amount").ClickAsync();
        await AssertTitlesAsync(page, "Gamma", "Alpha deal");
        await page.GetByTestId("sort-amount").ClickAsync();
        await AssertTitlesAsync(page, "Alpha deal", "Gamma");

        await page.GetByTestId("filter-title").FillAsync("alp");
        await page.GetByTestId("filter-title").PressAsync("Enter");
        await Assertions.Expect(total).ToHaveTextAsync("1 record(s)");
        await AssertTitlesAsync(page, "Alpha deal");

        await page.GetByTestId("grid-clear").ClickAsync();
        await Assertions.Expect(total).ToHaveTextAsync("6 record(s)");
        await page.GetByTestId("grid-search").FillAsync("call back");
        await page.GetByTestId("grid-search").PressAsync("Enter");
        await Assertions.Expect(total).ToHaveTextAsync("1 record(s)");
        await AssertTitlesAsync(page, "Zeta");
    }

    private static async Task AssertTitlesAsync(IPage page, params string[] titles)
    {
        var rows = page.GetByTestId("records").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(titles.Length);
        for (var i = 0; i < titles.Length; i++)
        {
            await Assertions.Expect(rows.Nth(i).Locator("td").First).ToHaveTextAsync(titles[i]);
        }
    }
}
