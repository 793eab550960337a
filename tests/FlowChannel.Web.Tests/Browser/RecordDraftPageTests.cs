using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>An unfinished application saved as a draft and continued later, in a real browser.</summary>
public sealed class RecordDraftPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Applicant_saves_an_unfinished_application_and_continues_it_from_my_submissions()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "applicant");

        await page.GotoAsync("/forms/partner-application");
        await page.Locator("[data-ready=true]").WaitForAsync();
        var company = page.Locator("[data-field=companyName] input");
        await company.FillAsync("半成品草稿有限公司");
        await company.BlurAsync();
        await page.GetByTestId("save-draft").ClickAsync();
        await Assertions.Expect(page.GetByTestId("draft-saved")).ToBeVisibleAsync();

        await page.GotoAsync("/submissions");
        var draft = page.GetByTestId("drafts").Locator("tr", new LocatorLocatorOptions { HasText = "半成品草稿有限公司" });
        await draft.GetByTestId("continue-draft").ClickAsync();
        await page.WaitForURLAsync("**/forms/partner-application?draft=*", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-ready=true]").WaitForAsync();

        await Assertions.Expect(page.Locator("[data-field=companyName] input")).ToHaveValueAsync("半成品草稿有限公司");
    }
}
