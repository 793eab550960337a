using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser.ChannelWalks;

/// <summary>
/// What the Channel Management walks do again and again: sign people in and out, fill the pack's own forms through
/// their Radzen controls, and decide tasks from the inbox, the way a person would.
/// </summary>
internal static class ChannelWalkSteps
{
    /// <summary>The password of the staff users a walk adds (the first start seeds no finance or director user).</summary>
    public const string StaffPassword = "Walk-Staff-Pass-1";

    public static async Task AddStaffAsync(BrowserSession session, string userName, string role)
    {
        await using var scope = session.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
        var user = new FlowChannelUser { UserName = userName, DisplayName = userName, Email = $"{userName}@example.com" };
        Assert.True((await users.CreateAsync(user, StaffPassword)).Succeeded, userName);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded, role);
    }

    /// <summary>Runs <paramref name="walk"/> in a fresh English page; on failure keeps what the browser showed beside the test binaries.</summary>
    public static async Task WalkAsync(BrowserSession session, string name, Func<IPage, Task> walk)
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        try
        {
            await walk(page);
        }
        catch
        {
            var stem = Path.Combine(AppContext.BaseDirectory, $"browser-failure-{name}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            Console.WriteLine($"Browser failure captured at {stem}.png and {stem}.html");
            throw;
        }
    }

    public static async Task BecomeAsync(IPage page, string userName, string password = FlowChannelHost.SamplePassword)
    {
        if (await page.GetByTestId("sign-out").CountAsync() > 0)
        {
            await page.GetByTestId("sign-out").ClickAsync();
        }
        await BrowserSession.SignInAsync(page, userName, password);
    }

    public static async Task OpenFormAsync(IPage page, string formId)
    {
        await page.GotoAsync($"/forms/{formId}");
        await page.Locator("[data-ready=true]").WaitForAsync();
    }

    public static Task FillAsync(IPage page, string key, string value) => DesignerSteps.FillAsync(page, $"[data-field={key}] input", value);

    /// <summary>
    /// Picks an option of a Radzen dropdown. A link or member picker searches the server as the person types in the
    /// list's filter box: <paramref name="search"/> is what they type.
    /// </summary>
    public static async Task PickAsync(IPage page, string key, string optionText, string? search = null)
    {
        var dropdown = page.Locator($"[data-field={key}] .rz-dropdown").First;
        await dropdown.ClickAsync();
        // Radzen moves the open list to the page's end; its id follows the dropdown's own.
        var popup = page.Locator($"#popup-{await dropdown.GetAttributeAsync("id")}");
        if (search is not null)
        {
            await popup.Locator("input").First.FillAsync(search);
        }
        await popup.Locator("li", new LocatorLocatorOptions { HasText = optionText }).First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    public static async Task SubmitAsync(IPage page)
    {
        await page.GetByTestId("submit").ClickAsync();
        // Blazor navigates inside the circuit (no load event), so the address is what to wait for.
        await page.WaitForURLAsync("**/submissions?submitted=1", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>Opens the inbox task whose title holds <paramref name="titleText"/>.</summary>
    public static async Task OpenTaskAsync(IPage page, string titleText)
    {
        await page.GotoAsync("/tasks");
        await page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = titleText }).First.ClickAsync();
        await page.Locator("[data-ready=true]").WaitForAsync();
    }

    /// <summary>Approves or rejects the open task with a comment and waits for the page to confirm it.</summary>
    public static async Task DecideAsync(IPage page, string action, string comment)
    {
        await page.Locator("#comment").FillAsync(comment);
        await page.GetByTestId(action).ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync(action == "approve" ? "approved" : "rejected");
    }

    /// <summary>Opens the only record of the list that holds <paramref name="rowText"/> and answers its details.</summary>
    public static async Task<ILocator> OpenRecordAsync(IPage page, string formId, string rowText)
    {
        await page.GotoAsync($"/records/{formId}");
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        await page.GetByTestId("records").Locator("tbody tr", new LocatorLocatorOptions { HasText = rowText }).GetByTestId("open-record").ClickAsync();
        var details = page.GetByTestId("record-details");
        await details.WaitForAsync();
        return details;
    }
}
