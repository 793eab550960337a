using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The audit log page in a real browser, in Chinese: reached from the admin navigation, filtered, verified.</summary>
public sealed class AuditLogPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_filters_the_log_and_verifies_the_chain()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl,
            Locale = "zh-CN",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "zh-CN,zh;q=0.9" },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GetByTestId("nav-audit").ClickAsync();
        await page.Locator(".filters[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("审计日志");
        await Assertions.Expect(page.GetByTestId("audit-action").First).ToBeVisibleAsync();

        await page.GetByTestId("filter-action").FillAsync("login.");
        await page.GetByTestId("audit-search").ClickAsync();
        await Assertions.Expect(page.GetByTestId("audit-action").First).ToHaveTextAsync("login.succeeded");
        await Assertions.Expect(page.GetByTestId("audit-action").Filter(new LocatorFilterOptions { HasNotText = "login." })).ToHaveCountAsync(0);

        await page.GetByTestId("audit-verify").ClickAsync();
        var verification = page.GetByTestId("audit-verification");
        await Assertions.Expect(verification).ToHaveAttributeAsync("data-intact", "true");
        await Assertions.Expect(verification).ToContainTextAsync("审计链完整");
    }

    [Fact]
    public async Task People_who_are_not_administrators_get_neither_the_link_nor_the_page()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "manager");
        await Assertions.Expect(page.GetByTestId("nav-audit")).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/admin/audit");
        Assert.Equal("/", new Uri(response!.Url).AbsolutePath);
        await Assertions.Expect(page.GetByTestId("audit-entries")).ToHaveCountAsync(0);
    }
}
