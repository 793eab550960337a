using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Security.Accounts;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>A person turns on the authenticator on the security page and signs in with it, in a real browser.</summary>
public sealed partial class TwoFactorSignInTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_person_turns_on_the_authenticator_and_then_signs_in_with_a_code()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "applicant");
        await page.GetByTestId("nav-security").ClickAsync();
        await page.GetByTestId("set-up-authenticator").ClickAsync();
        await Assertions.Expect(page.GetByTestId("authenticator-qr")).ToBeVisibleAsync();
        var uri = await page.GetByTestId("authenticator-uri").InnerTextAsync();
        var key = SecretPattern().Match(uri).Groups["key"].Value;
        await page.Locator("input[name='Confirm.Code']").FillAsync(Totp.Now(key));
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);

        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.Locator("input[name=userName]").FillAsync("applicant");
        await page.Locator("input[name=password]").FillAsync(Infrastructure.FlowChannelHost.SamplePassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login/two-factor", StringComparison.Ordinal));

        await page.Locator("input[name=code]").FillAsync(Totp.Wrong(key));
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();

        await page.Locator("input[name=code]").FillAsync(Totp.Now(key));
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("nav-security")).ToBeVisibleAsync();
    }

    [GeneratedRegex("secret=(?<key>[A-Z2-7]+)")]
    private static partial Regex SecretPattern();
}
