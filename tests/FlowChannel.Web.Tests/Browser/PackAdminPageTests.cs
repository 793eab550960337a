using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Web.Tests.Packs;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The template packs page in a real browser: upload, preview what would change, install, see it installed.</summary>
public sealed class PackAdminPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_uploads_a_pack_previews_it_and_installs_it()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GetByTestId("nav-packs").ClickAsync();
        await page.Locator("[data-testid=pack-upload][data-ready=true]").WaitForAsync();
        var zip = TestPacks.Zip(
            ("pack.json", TestPacks.Manifest("ui-pack", "1.0.0", ["form-schemas/ui-order.form.json"])),
            ("form-schemas/ui-order.form.json", TestPacks.Form("ui-order", 1)));

        await page.GetByTestId("pack-file").SetInputFilesAsync(new FilePayload { Name = "ui-pack.zip", MimeType = "application/zip", Buffer = zip });
        await page.GetByTestId("pack-preview").ClickAsync();

        await Assertions.Expect(page.GetByTestId("pack-previewed")).ToContainTextAsync("nothing has been written yet");
        var changes = page.GetByTestId("pack-changes");
        await Assertions.Expect(changes.Locator("tr", new() { HasText = "ui-order" })).ToContainTextAsync("Create");
        await Assertions.Expect(page.GetByTestId("packs-installed")).Not.ToContainTextAsync("ui-pack");

        await page.GetByTestId("pack-install").ClickAsync();

        await Assertions.Expect(page.GetByTestId("pack-installed")).ToContainTextAsync("is installed");
        await Assertions.Expect(page.GetByTestId("packs-installed")).ToContainTextAsync("ui-pack");
        await Assertions.Expect(page.GetByTestId("pack-install")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_bad_upload_lists_its_errors_and_the_built_in_pack_previews_as_unchanged()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GotoAsync("/admin/packs");
        await page.Locator("[data-testid=pack-upload][data-ready=true]").WaitForAsync();

        var bad = TestPacks.Zip(("pack.json", TestPacks.Manifest("ui-bad", "1.0.0", ["missing.form.json"])));
        await page.GetByTestId("pack-file").SetInputFilesAsync(new FilePayload { Name = "bad.zip", MimeType = "application/zip", Buffer = bad });
        await page.GetByTestId("pack-preview").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pack-errors")).ToContainTextAsync("missing.form.json");
        await Assertions.Expect(page.GetByTestId("pack-install")).ToHaveCountAsync(0);

        await page.GetByTestId("catalogue-channel-management").GetByTestId("catalogue-preview").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pack-previewed")).ToContainTextAsync("尚未写入");
        await Assertions.Expect(page.GetByTestId("pack-changes")).ToContainTextAsync("partner-profile");
        await Assertions.Expect(page.GetByTestId("pack-changes").Locator("td", new() { HasText = "新建" })).ToHaveCountAsync(0);
    }
}
