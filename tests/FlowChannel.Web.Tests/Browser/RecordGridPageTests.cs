using FlowChannel.Web.Tests.Api.Grid;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The records grid in a real browser: column filters, sorting by a header click and search narrow the rows; a saved
/// view brings them back; chosen rows are changed in one batch.
/// </summary>
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

    [Fact]
    public async Task Manager_filters_sorts_saves_a_view_and_batch_edits_the_chosen_rows()
    {
        await BatchForms.EnsurePublishedAsync(session.BaseUrl);
        var manager = await GridForms.SignInAsync(session.BaseUrl, "manager");
        foreach (var (title, amount) in new[] { ("PW-b", 20), ("PW-a", 30), ("PW-c", 10), ("Other", 5) })
        {
            await BatchForms.SubmitAsync(manager, title, amount);
        }
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "manager");
        await page.GotoAsync($"/records/{BatchForms.Orders}");
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        var total = page.GetByTestId("record-total");

        await page.GetByTestId("filter-title").FillAsync("PW-");
        await page.GetByTestId("filter-title").PressAsync("Enter");
        await Assertions.Expect(total).ToHaveTextAsync("3 record(s)");
        await page.GetByTestId("sort-amount").ClickAsync();
        await AssertTitlesAsync(page, "PW-c", "PW-b", "PW-a");
        await page.GetByTestId("grid-view-name").FillAsync("PW by amount");
        await page.GetByTestId("grid-save-view").ClickAsync();
        await Assertions.Expect(page.GetByTestId("grid-delete-view")).ToBeVisibleAsync();

        await page.GetByTestId("grid-clear").ClickAsync();
        await Assertions.Expect(total).ToHaveTextAsync("4 record(s)");
        await page.GetByTestId("grid-views").ClickAsync();
        await page.Locator(".rz-dropdown-item", new PageLocatorOptions { HasText = "PW by amount" }).ClickAsync();
        await Assertions.Expect(total).ToHaveTextAsync("3 record(s)");
        await AssertTitlesAsync(page, "PW-c", "PW-b", "PW-a");

        var rows = page.GetByTestId("records").Locator("tbody tr");
        await rows.Nth(0).GetByTestId("select-row").CheckAsync();
        await rows.Nth(2).GetByTestId("select-row").CheckAsync();
        await Assertions.Expect(page.GetByTestId("batch-count")).ToHaveTextAsync("2 chosen");
        await page.GetByTestId("batch-field").SelectOptionAsync("stage");
        await page.GetByTestId("batch-value").SelectOptionAsync("won");
        await page.GetByTestId("batch-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("batch-message")).ToHaveTextAsync("2 record(s) changed.");

        await page.GetByTestId("filter-stage").SelectOptionAsync("won");
        await Assertions.Expect(total).ToHaveTextAsync("2 record(s)");
        await AssertTitlesAsync(page, "PW-c", "PW-a");
    }

    private static async Task AssertTitlesAsync(IPage page, params string[] titles)
    {
        var rows = page.GetByTestId("records").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(titles.Length);
        for (var i = 0; i < titles.Length; i++)
        {
            // The first cell is the row's choice box.
            await Assertions.Expect(rows.Nth(i).Locator("td").Nth(1)).ToHaveTextAsync(titles[i]);
        }
    }
}
