using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions.Sets;
using FlowChannel.Web.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// In a real browser, the admin sees which lead statuses the pack lets partners set and adds one in the rights grid;
/// a field made read-only shows no option picker.
/// </summary>
public sealed class PermissionOptionLimitPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_adds_an_option_partners_may_set_on_their_leads()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GotoAsync("/admin/forms/lead/permissions");
        await page.Locator("[data-testid=perm-page][data-ready=true]").WaitForAsync();

        await page.GetByTestId("perm-sets").Locator("tr", new() { HasText = "own-partner" }).GetByTestId("perm-edit").ClickAsync();
        var editor = page.GetByTestId("perm-editor");
        var statusOptions = editor.GetByTestId("perm-options-status");
        await Assertions.Expect(statusOptions).ToContainTextAsync("Accepted");
        await Assertions.Expect(statusOptions).ToContainTextAsync("Declined");
        await Assertions.Expect(editor.GetByTestId("perm-options-notes")).ToHaveCountAsync(0);
        await Assertions.Expect(editor.GetByTestId("perm-options-province")).ToHaveCountAsync(0);

        await statusOptions.ClickAsync();
        await page.Locator($"#popup-{await statusOptions.GetAttributeAsync("id")}").Locator("li", new() { HasText = "Lost" }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await editor.GetByTestId("perm-save").ClickAsync();
        await page.Locator("[data-testid=perm-message], [data-testid=perm-errors], [data-testid=perm-error]").First.WaitForAsync();
        Assert.Equal("", string.Join("; ", await page.Locator("[data-testid=perm-errors], [data-testid=perm-error]").AllInnerTextsAsync()));

        await using var scope = session.Services.CreateAsyncScope();
        var sets = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListFormPermissionSets(new Actor("test-admin", "Test admin", new HashSet<string>([RoleNames.Admin])), "lead"));
        var status = sets.Sets.Single(s => s.Key == "own-partner").Definition["fields"]!["status"]!;
        Assert.Equal("edit", (string?)status["right"]);
        Assert.Equal(["accepted", "declined", "lost"], status["options"]!.AsArray().Select(o => (string?)o).Order(StringComparer.Ordinal));
    }
}
