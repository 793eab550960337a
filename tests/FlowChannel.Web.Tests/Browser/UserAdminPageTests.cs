using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The users page in a real browser: an admin creates a user in the dialog and finds them in the grid.</summary>
public sealed class UserAdminPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_creates_a_user_in_the_dialog_and_the_user_appears_in_the_grid()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GetByTestId("nav-users").ClickAsync();
        await page.Locator("[data-testid=user-filters][data-ready=true]").WaitForAsync();
        await page.GetByTestId("new-user").ClickAsync();
        var editor = page.GetByTestId("user-editor");
        await editor.WaitForAsync();
        await page.GetByTestId("edit-userName").FillAsync("ui.created");
        await page.GetByTestId("edit-displayName").FillAsync("界面 新用户");
        await page.GetByTestId("edit-email").FillAsync("ui.created@example.com");
        await editor.Locator("input[data-role=finance]").CheckAsync();
        await page.GetByTestId("save-user").ClickAsync();

        await Assertions.Expect(page.GetByTestId("user-message")).ToContainTextAsync("ui.created");
        await Assertions.Expect(editor).ToHaveCountAsync(0);
        var row = page.GetByTestId("users").Locator("tr", new LocatorLocatorOptions { Has = page.GetByTestId("user-name").GetByText("ui.created", new() { Exact = true }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("界面 新用户");
        await Assertions.Expect(row).ToContainTextAsync("finance");
    }
}
