using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The incentive claim in a real browser: a linked partner, subform lines with live amounts, a rule-driven field.</summary>
public sealed class SubformFormTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Partner = "杭州西湖医疗器械有限公司";
    private const string Plan = "Trade fair booth and a partner seminar";

    [Fact]
    public async Task Manager_fills_claim_lines_sees_totals_and_a_conditional_required_field_and_submits()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl,
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        try
        {
            await FillAndSubmitAsync(page);
        }
        catch
        {
            var stem = Path.Combine(AppContext.BaseDirectory, "browser-failure-subform");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            Console.WriteLine($"Browser failure captured at {stem}.png and {stem}.html");
            throw;
        }

        var claim = await StoredClaimAsync();
        Assert.Equal(Plan, claim["marketingPlan"]?.GetValue<string>());
        Assert.Equal(2, claim["lines"]!.AsArray().Count);
        Assert.Equal(401m, claim["total"]!.GetValue<decimal>());
        Assert.Equal(Partner, claim["partner"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1280, false)]
    [InlineData(375, true)]
    public async Task Columns_sit_side_by_side_on_a_desktop_and_stack_on_a_phone(int width, bool stacked)
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl,
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "manager");
        await page.GotoAsync("/forms/incentive-claim");
        await page.Locator("[data-ready=true]").WaitForAsync();

        var start = await page.Locator("[data-field=periodStart]").BoundingBoxAsync();
        var end = await page.Locator("[data-field=periodEnd]").BoundingBoxAsync();

        Assert.Equal(stacked, end!.Y >= start!.Y + start.Height);
        Assert.True(end.X + end.Width <= width, "the second column stays inside the screen");
    }

    private static async Task FillAndSubmitAsync(IPage page)
    {
        await BrowserSession.SignInAsync(page, "manager");
        await page.GotoAsync("/forms/incentive-claim");
        await page.Locator("[data-ready=true]").WaitForAsync();

        // Basics: the picked partner copies its contact into the form.
        await SearchAndPickAsync(page, "partner", "西湖", Partner);
        await Assertions.Expect(page.Locator("[data-field=contactName] input")).ToHaveValueAsync("王经理");
        await PickAsync(page, "claimType", "Sales rebate");
        await Assertions.Expect(page.Locator("[data-field=marketingPlan]")).ToHaveCountAsync(0);
        await PickAsync(page, "claimType", "Marketing funds");
        var plan = page.Locator("[data-field=marketingPlan]");
        await Assertions.Expect(plan.GetByTestId("required-mark")).ToBeVisibleAsync();
        await FillAsync(page, "[data-field=marketingPlan] textarea", Plan);
        await FillAsync(page, "[data-field=periodStart] input", "2026-10-01");
        await FillAsync(page, "[data-field=periodEnd] input", "2026-10-31");

        // Lines: amounts per row and the total follow each quantity and price.
        await OpenTabAsync(page, "Lines");
        await FillAsync(page, "[data-path='lines[0].product'] input", "Ultrasound probe");
        await FillAsync(page, "[data-path='lines[0].quantity'] input", "3");
        await FillAsync(page, "[data-path='lines[0].unitPrice'] input", "100");
        await Assertions.Expect(page.Locator("[data-path='lines[0].amount']")).ToContainTextAsync("300");
        await page.Locator("[data-field=lines] [data-testid=add-row]").ClickAsync();
        await FillAsync(page, "[data-path='lines[1].product'] input", "Patient monitor");
        await FillAsync(page, "[data-path='lines[1].quantity'] input", "2");
        await FillAsync(page, "[data-path='lines[1].unitPrice'] input", "50.5");
        await Assertions.Expect(page.Locator("[data-path='lines[1].amount']")).ToContainTextAsync("101");
        await Assertions.Expect(page.Locator("[data-field=total] [data-testid=formula-value]")).ToContainTextAsync("401");

        // Evidence: one PDF.
        await OpenTabAsync(page, "Evidence");
        await page.Locator("[data-field=evidence] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "invoice.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n%test invoice\n"u8.ToArray(),
        });
        await Assertions.Expect(page.Locator("[data-field=evidence]")).ToContainTextAsync("invoice.pdf");

        await page.GetByTestId("submit").ClickAsync();
        // Blazor navigates inside the circuit (no page load to wait for), so the address is polled instead.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/submissions\\?submitted=1$"));
    }

    private async Task<JsonObject> StoredClaimAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName = "manager", password = FlowChannelHost.SamplePassword });
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.ReadJsonAsync())["accessToken"]!.GetValue<string>());
        var mine = (await (await client.GetAsync("/api/records/mine")).ReadJsonAsync()).AsArray();
        var claim = mine.Single(r => r!["formId"]!.GetValue<string>() == "incentive-claim");
        return claim!["data"]!.AsObject();
    }

    private static async Task FillAsync(IPage page, string selector, string value)
    {
        var input = page.Locator(selector);
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    private static async Task OpenTabAsync(IPage page, string title) =>
        await page.Locator("[data-field=claimTabs] .rz-tabview-nav li", new PageLocatorOptions { HasText = title }).ClickAsync();

    private static async Task PickAsync(IPage page, string key, string optionText)
    {
        var dropdown = page.Locator($"[data-field={key}] .rz-dropdown").First;
        // Radzen moves the open list to the page's end; its id follows the dropdown's own.
        var popup = page.Locator($"#popup-{await dropdown.GetAttributeAsync("id")}");
        var option = popup.Locator("li", new LocatorLocatorOptions { HasText = optionText }).First;
        // A click that lands while the page is still settling (a busy machine) can leave the list shut: click again.
        for (var attempt = 1; ; attempt++)
        {
            await dropdown.ClickAsync();
            try
            {
                await option.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 5_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
        await option.ClickAsync();
        await CloseAsync(page, popup);
    }

    /// <summary>Closes an open list and waits until it is gone, so the next click does not land on it while it closes.</summary>
    private static async Task CloseAsync(IPage page, ILocator popup)
    {
        await page.Keyboard.PressAsync("Escape");
        await popup.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    // The picker searches the server as the person types in the list's filter box.
    private static async Task SearchAndPickAsync(IPage page, string key, string term, string optionText)
    {
        var dropdown = page.Locator($"[data-field={key}] .rz-dropdown").First;
        await dropdown.ClickAsync();
        var popup = page.Locator($"#popup-{await dropdown.GetAttributeAsync("id")}");
        await popup.Locator("input").First.FillAsync(term);
        await popup.Locator("li", new LocatorLocatorOptions { HasText = optionText }).First.ClickAsync();
        await CloseAsync(page, popup);
    }
}
