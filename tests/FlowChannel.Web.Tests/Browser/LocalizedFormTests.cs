using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>A Chinese browser gets the Chinese UI and instant, field-level feedback before anything is sent.</summary>
public sealed class LocalizedFormTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Chinese_browser_sees_chinese_labels_and_field_errors_on_an_empty_submit()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl,
            Locale = "zh-CN",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "zh-CN,zh;q=0.9" },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);

        await page.GotoAsync("/login");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await page.Locator("input[name=userName]").FillAsync("applicant");
        await page.Locator("input[name=password]").FillAsync(FlowChannelHost.SamplePassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync("/forms/partner-application");
        await page.Locator("[data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("渠道准入申请");
        await page.GetByTestId("submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("form-hint")).ToHaveTextAsync("请修正标出的字段。");
        await Assertions.Expect(page.Locator("[data-field=companyName] .field-error")).ToContainTextAsync("公司名称");
        Assert.Equal(0, await page.Locator("[data-field=qualifications] .field-error").CountAsync());
        Assert.EndsWith("/forms/partner-application", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_stays_on_the_sign_in_page()
    {
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        await page.GotoAsync("/tasks");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.Locator("input[name=userName]").FillAsync("manager");
        await page.Locator("input[name=password]").FillAsync("not-the-password");
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Unknown user name or wrong password.");
        await page.CloseAsync();
    }
}
