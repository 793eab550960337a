using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The form designer's draft in a real browser: autosave across a reload, restoring a version, the JSON view.</summary>
public sealed class FormDesignerDraftTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Autosave_keeps_the_draft_across_a_reload()
    {
        await using var context = await SignedInAsync();
        var page = context.Pages[0];
        await DesignerSteps.CreateFormAsync(page, "autosave-form", "自动保存", "Autosave");
        await AddAsync(page, "city", "City", "城市");
        await DesignerSteps.SavedAsync(page);

        await page.ReloadAsync();
        await page.Locator(".designer[data-ready=true]").WaitForAsync();

        await Assertions.Expect(page.Locator(".canvas-item[data-key=city] .item-label")).ToHaveTextAsync("City");
    }

    [Fact]
    public async Task An_old_version_restored_becomes_the_saved_draft()
    {
        await using var context = await SignedInAsync();
        var page = context.Pages[0];
        await DesignerSteps.CreateFormAsync(page, "restore-form", "恢复版本", "Restore");
        await AddAsync(page, "city", "City", "城市");
        await PublishAsync(page, 1);
        await page.GetByTestId("tab-design").ClickAsync();
        await AddAsync(page, "street", "Street", "街道");
        await PublishAsync(page, 2);

        await page.Locator(".version[data-version='1']").GetByTestId("restore").ClickAsync();
        await Assertions.Expect(page.GetByTestId("publish-message")).ToHaveTextAsync("Version 1 is now the draft.");
        await DesignerSteps.SavedAsync(page);
        await DesignerSteps.OpenAsync(page, "restore-form");

        await Assertions.Expect(page.Locator(".canvas-item[data-key=city]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".canvas-item[data-key=street]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_json_view_refuses_a_bad_edit_by_its_pointer_and_applies_a_good_one()
    {
        await using var context = await SignedInAsync();
        var page = context.Pages[0];
        await DesignerSteps.CreateFormAsync(page, "json-form", "JSON 视图", "JSON view");
        await AddAsync(page, "city", "City", "城市");
        await page.GetByTestId("tab-json").ClickAsync();
        var text = page.GetByTestId("json-text");
        var original = await text.InputValueAsync();
        Assert.Contains("\"key\": \"city\"", original, StringComparison.Ordinal);

        await text.FillAsync(original.Replace("\"key\": \"city\"", "\"key\": \"1city\"", StringComparison.Ordinal));
        await page.GetByTestId("json-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("json-refused-problem").First).ToHaveAttributeAsync("data-pointer", "/fields/0/key");
        await text.FillAsync("{ \"fields\": [ ");
        await page.GetByTestId("json-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("json-syntax")).ToContainTextAsync("line 1");
        await page.GetByTestId("tab-design").ClickAsync();
        await Assertions.Expect(page.Locator(".canvas-item[data-key=city]")).ToHaveCountAsync(1);

        await page.GetByTestId("tab-json").ClickAsync();
        await text.FillAsync(original.Replace("\"City\"", "\"Town\"", StringComparison.Ordinal));
        await page.GetByTestId("json-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("json-refused")).ToHaveCountAsync(0);
        await page.GetByTestId("tab-design").ClickAsync();
        await Assertions.Expect(page.Locator(".canvas-item[data-key=city] .item-label")).ToHaveTextAsync("Town");
        await Assertions.Expect(page.GetByTestId("undo")).ToBeEnabledAsync();
    }

    private async Task<IBrowserContext> SignedInAsync()
    {
        using (var scope = session.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserSeeder>()
                .EnsureUserAsync("draft-designer", "draft-designer", RoleNames.Designer, FlowChannelHost.SamplePassword);
        }
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "draft-designer");
        return context;
    }

    private static async Task AddAsync(IPage page, string key, string english, string chinese)
    {
        // Clicking the palette adds at the end (nothing selected after a reload or publish) and selects the new field.
        await page.GetByTestId("palette-text").ClickAsync();
        await DesignerSteps.NameSelectedAsync(page, key, english, chinese);
    }

    private static async Task PublishAsync(IPage page, int version)
    {
        await page.GetByTestId("tab-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-problems")).ToBeVisibleAsync();
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("publish-message")).ToHaveTextAsync($"Published version {version}.");
        await Assertions.Expect(page.Locator($".version[data-version='{version}']")).ToHaveCountAsync(1);
    }
}
