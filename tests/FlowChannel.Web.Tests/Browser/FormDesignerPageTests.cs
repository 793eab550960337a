using System.Text.RegularExpressions;
using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>A business user with the designer role builds, previews and publishes a form in a real browser.</summary>
public sealed class FormDesignerPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Designer_builds_a_form_with_a_subform_and_a_rule_previews_it_and_publishes_it()
    {
        using (var scope = session.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserSeeder>()
                .EnsureUserAsync("visit-designer", "visit-designer", RoleNames.Designer, FlowChannelHost.SamplePassword);
        }
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "visit-designer");

        await page.GotoAsync("/designer/forms");
        await page.Locator("[data-ready=true]").WaitForAsync();
        await page.GetByTestId("new-form-id").FillAsync("visit-log");
        await page.GetByTestId("new-form-title-zh").FillAsync("拜访记录");
        await page.GetByTestId("new-form-title-en").FillAsync("Visit log");
        await page.GetByTestId("create-form").ClickAsync();
        await page.WaitForURLAsync("**/designer/forms/visit-log");
        await page.Locator(".designer[data-ready=true]").WaitForAsync();

        await AddFieldAsync(page, "text", "company", "Company", "公司");
        await AddFieldAsync(page, "text", "notes", "Notes", "备注");
        // The subform is dragged onto the end of the form; its column goes in by the palette while it is selected.
        await page.GetByTestId("palette-subform").DragToAsync(page.Locator(".canvas > .canvas-list > .drop-zone.end"));
        await Assertions.Expect(page.Locator(".canvas-item.selected .item-type").First).ToHaveTextAsync("Subform");
        // The subform comes with a first column; the number goes in beside it.
        await page.GetByTestId("palette-number").ClickAsync();
        await Assertions.Expect(page.Locator(".canvas-item.selected")).ToHaveAttributeAsync("data-item", new Regex("^/fields/2/fields/[0-9]+$"));

        await page.GetByTestId("tab-rules").ClickAsync();
        await page.GetByTestId("add-rule").ClickAsync();
        // A new rule starts with one blank condition row.
        var form = page.GetByTestId("rule-form");
        await form.GetByTestId("condition-field").SelectOptionAsync("company");
        await form.GetByTestId("condition-operator").SelectOptionAsync("IsEmpty");
        await page.GetByTestId("rule-action").SelectOptionAsync("Hide");
        await page.GetByTestId("rule-targets").Locator("input[value=notes]").CheckAsync();
        await page.GetByTestId("rule-save").ClickAsync();
        // Saving the rule is a round trip to the circuit, slow on a busy test machine.
        await Assertions.Expect(page.GetByTestId("rule")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        await page.GetByTestId("tab-preview").ClickAsync();
        var preview = page.GetByTestId("preview");
        await Assertions.Expect(preview.Locator("[data-field=company] input")).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator("[data-field=notes]")).ToBeHiddenAsync();
        await preview.Locator("[data-field=company] input").FillAsync("Acme");
        await preview.Locator("[data-field=company] input").BlurAsync();
        await Assertions.Expect(preview.Locator("[data-field=notes]")).ToBeVisibleAsync();
        await page.GetByTestId("preview-phone").CheckAsync();
        await Assertions.Expect(preview.Locator(".preview-frame")).ToHaveAttributeAsync("data-width", "phone");

        await page.GetByTestId("tab-publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("no-problems")).ToBeVisibleAsync();
        await page.GetByTestId("publish").ClickAsync();
        await Assertions.Expect(page.GetByTestId("publish-message")).ToHaveTextAsync("Published version 1.");
        await Assertions.Expect(page.GetByTestId("restore")).ToHaveCountAsync(1);

        using var check = session.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var audit = await db.AuditLog.SingleAsync(e => e.Action == "form.publish" && e.ObjectId == "visit-log");
        Assert.Equal("version 1", audit.Detail);
    }

    [Fact]
    public async Task A_user_without_the_designer_role_is_turned_away_from_the_designer()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "applicant");

        await page.GotoAsync("/designer/forms");

        Assert.DoesNotContain("/designer", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("new-form-id")).ToHaveCountAsync(0);
    }

    private static async Task AddFieldAsync(IPage page, string type, string key, string english, string chinese)
    {
        // The palette adds after the selected plain field (or at the end when nothing is selected) and selects the new one.
        await page.GetByTestId($"palette-{type}").ClickAsync();
        var label = page.Locator(".property-panel [data-prop=label]");
        await label.Locator("input[data-culture=en]").FillAsync(english);
        await label.Locator("input[data-culture=en]").BlurAsync();
        await label.Locator("input[data-culture=zh-CN]").FillAsync(chinese);
        await label.Locator("input[data-culture=zh-CN]").BlurAsync();
        var keyInput = page.Locator(".property-panel [data-prop=key] input");
        await keyInput.FillAsync(key);
        await keyInput.BlurAsync();
        await Assertions.Expect(page.Locator(".canvas-item.selected")).ToHaveAttributeAsync("data-key", key);
    }
}
