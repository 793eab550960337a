using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The whole slice as people do it, in a real browser.</summary>
public sealed class PartnerApplicationJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Company = "浏览器旅程科技有限公司";

    [Fact]
    public async Task Applicant_applies_manager_approves_and_the_partner_appears()
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
            await RunJourneyAsync(page);
        }
        catch
        {
            // What the browser showed when it failed, beside the test binaries, for whoever reads the CI log.
            var stem = Path.Combine(AppContext.BaseDirectory, "browser-failure");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            Console.WriteLine($"Browser failure captured at {stem}.png and {stem}.html");
            throw;
        }
    }

    private static async Task RunJourneyAsync(IPage page)
    {

        await BrowserSession.SignInAsync(page, "applicant");
        await page.GotoAsync("/forms/partner-application");
        await page.Locator("[data-ready=true]").WaitForAsync();
        await FillTextAsync(page, "companyName", Company);
        await FillTextAsync(page, "creditCode", "91320500MA1XY2AB3C");
        await PickAsync(page, "partnerType", "Distributor");
        await PickAsync(page, "province", "Jiangsu");
        await FillTextAsync(page, "city", "Shenzhen");
        await PickAsync(page, "officeAddress", "广东省", nth: 0);
        await PickAsync(page, "officeAddress", "深圳市", nth: 1);
        await PickAsync(page, "officeAddress", "南山区", nth: 2);
        var street = page.Locator("input[name='officeAddress.detail']");
        await street.FillAsync("科技园 1 号");
        await street.BlurAsync();
        await PickAsync(page, "industries", "Manufacturing");
        await FillTextAsync(page, "annualRevenue", "12000000");
        await FillTextAsync(page, "teamSize", "80");
        await FillTextAsync(page, "contactName", "Li Lei");
        await FillTextAsync(page, "contactPhone", "13912345678");
        await FillTextAsync(page, "contactEmail", "lilei@example.com");
        foreach (var key in new[] { "strategicFit", "operatingCapability", "resourceComplementarity", "creditCompliance", "growthPotential" })
        {
            await RateAsync(page, key, 5);
        }
        await RateAsync(page, "growthPotential", 4);
        // The formula field recomputes as the ratings change, before anything is sent.
        await Assertions.Expect(page.GetByTestId("formula-value")).ToHaveTextAsync("4.8");
        await page.GetByTestId("submit").ClickAsync();
        // The page changes by Blazor's in-app navigation, which fires no load event: the URL is what to wait for.
        await page.WaitForURLAsync("**/submissions?submitted=1", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        var row = page.Locator("tr", new PageLocatorOptions { HasText = Company });
        await Assertions.Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "inReview");

        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "manager");
        await page.GotoAsync("/tasks");
        await page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = Company }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("record-details")).ToContainTextAsync(Company);
        await Assertions.Expect(page.Locator("[data-testid=record-details] [data-field=officeAddress]"))
            .ToHaveTextAsync("广东省 深圳市 南山区 科技园 1 号");
        await page.Locator("[data-ready=true]").WaitForAsync();
        await page.Locator("#comment").FillAsync("Qualified, welcome aboard");
        await page.GetByTestId("approve").ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("approved");

        await page.GotoAsync("/partners");
        var partner = page.Locator("tr", new PageLocatorOptions { HasText = Company });
        await Assertions.Expect(partner).ToContainTextAsync("Core");
    }

    private static async Task FillTextAsync(IPage page, string key, string value)
    {
        var input = page.Locator($"[data-field={key}] input");
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    private static async Task PickAsync(IPage page, string key, string optionText, int nth = 0)
    {
        var dropdown = page.Locator($"[data-field={key}] .rz-dropdown").Nth(nth);
        await dropdown.ClickAsync();
        // Radzen moves the open list to the page's end; its id follows the dropdown's own.
        var popup = page.Locator($"#popup-{await dropdown.GetAttributeAsync("id")}");
        await popup.Locator("li", new LocatorLocatorOptions { HasText = optionText }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    private static async Task RateAsync(IPage page, string key, int stars) =>
        await page.Locator($"[data-field={key}] button[aria-label='Rate {stars}']").ClickAsync();
}
