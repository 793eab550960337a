using System.Net.Http.Headers;
using System.Net.Http.Json;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>A return to the submitter and the resubmission, done on the task page in a real browser.</summary>
public sealed class ApprovalTaskPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Company = "退回重提浏览器有限公司";

    [Fact]
    public async Task Manager_returns_the_application_the_applicant_resubmits_and_it_comes_back()
    {
        await SubmitAsync();
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);

        await BrowserSession.SignInAsync(page, "manager");
        await OpenTaskAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=timeline] li[data-action=assigned]")).ToHaveCountAsync(1);
        await page.Locator("#comment").FillAsync("Please attach the business licence");
        await page.GetByTestId("comment-files").SetInputFilesAsync(new FilePayload { Name = "checklist.txt", MimeType = "text/plain", Buffer = "营业执照"u8.ToArray() });
        await Assertions.Expect(page.GetByTestId("comment-file")).ToHaveTextAsync("checklist.txt");
        await page.GetByTestId("return").ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("returned");
        var returned = page.Locator("[data-testid=timeline] li[data-action=returned]");
        await Assertions.Expect(returned).ToContainTextAsync("business licence");
        await Assertions.Expect(returned.Locator("a.file")).ToHaveCountAsync(1);

        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "applicant");
        await OpenTaskAsync(page);
        await Assertions.Expect(page.GetByTestId("approve")).ToHaveCountAsync(0);
        await page.Locator("#comment").FillAsync("Licence attached");
        await page.GetByTestId("resubmit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("resubmitted");

        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "manager");
        await OpenTaskAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=timeline] li[data-action=resubmitted]")).ToContainTextAsync("Licence attached");
        await Assertions.Expect(page.GetByTestId("approve")).ToBeVisibleAsync();
    }

    /// <summary>Opens the caller's open task about <see cref="Company"/> from the inbox and waits until it can be acted on.</summary>
    private static async Task OpenTaskAsync(IPage page)
    {
        await page.GotoAsync("/tasks");
        await page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = Company }).ClickAsync();
        await page.Locator("[data-ready=true]").WaitForAsync();
    }

    private async Task SubmitAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName = "applicant", password = FlowChannelHost.SamplePassword })).ReadJsonAsync();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        var response = await api.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(Company));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
