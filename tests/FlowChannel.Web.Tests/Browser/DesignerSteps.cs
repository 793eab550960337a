using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>What a business user does in the form designer, step by step, for the designer browser tests.</summary>
internal static class DesignerSteps
{
    /// <summary>Starts a new form from the designer's list and waits until its designer is interactive.</summary>
    public static async Task CreateFormAsync(IPage page, string formId, string chinese, string english)
    {
        await page.GotoAsync("/designer/forms");
        await page.Locator("[data-ready=true]").WaitForAsync();
        await page.GetByTestId("new-form-id").FillAsync(formId);
        await page.GetByTestId("new-form-title-zh").FillAsync(chinese);
        await page.GetByTestId("new-form-title-en").FillAsync(english);
        await page.GetByTestId("create-form").ClickAsync();
        await page.WaitForURLAsync($"**/designer/forms/{formId}");
        await page.Locator(".designer[data-ready=true]").WaitForAsync();
    }

    /// <summary>Opens a form's designer and waits until it is interactive.</summary>
    public static async Task OpenAsync(IPage page, string formId)
    {
        await page.GotoAsync($"/designer/forms/{formId}");
        await page.Locator(".designer[data-ready=true]").WaitForAsync();
    }

    /// <summary>Waits until the autosave has stored every edit.</summary>
    public static Task SavedAsync(IPage page) =>
        Assertions.Expect(page.GetByTestId("save-status")).ToHaveTextAsync("All changes saved");

    /// <summary>Drags a palette entry onto a drop zone, then names the new (selected) item in both languages.</summary>
    public static async Task DragFieldAsync(IPage page, string type, ILocator dropZone, string key, string english, string chinese)
    {
        var before = await page.Locator(".canvas-item").CountAsync();
        await page.GetByTestId($"palette-{type}").DragToAsync(dropZone);
        // A subform arrives with its first column, so the canvas grows by at least one.
        await Assertions.Expect(page.Locator(".canvas-item")).Not.ToHaveCountAsync(before);
        await NameSelectedAsync(page, key, english, chinese);
    }

    public static async Task NameSelectedAsync(IPage page, string key, string english, string chinese)
    {
        var label = page.Locator(".property-panel [data-prop=label]");
        await FillAsync(label.Locator("input[data-culture=en]"), english);
        await FillAsync(label.Locator("input[data-culture=zh-CN]"), chinese);
        await FillAsync(page.Locator(".property-panel [data-prop=key] input"), key);
        await Assertions.Expect(page.Locator(".canvas-item.selected")).ToHaveAttributeAsync("data-key", key);
    }

    public static Task FillAsync(IPage page, string selector, string value) => FillAsync(page.Locator(selector), value);

    public static async Task FillAsync(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    /// <summary>Saves a full-page screenshot beside the test assembly, in screenshots/, as a test artifact.</summary>
    public static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(folder, name)).Length > 0, name);
    }
}
