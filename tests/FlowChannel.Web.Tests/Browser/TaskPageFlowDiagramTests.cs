using System.Net.Http.Headers;
using System.Net.Http.Json;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The task page's flow diagram in a real browser: the approval step the manager decides is highlighted as the
/// current node with the path to it drawn as taken; once approved, the step is done and no longer current.
/// </summary>
public sealed class TaskPageFlowDiagramTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Company = "流程图浏览器测试有限公司";

    [Fact]
    public async Task The_step_being_decided_is_highlighted_and_is_done_after_the_approval()
    {
        await SubmitAsync();
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "manager");

        await page.GotoAsync("/tasks");
        await page.Locator("[data-testid=task-link]", new PageLocatorOptions { HasText = Company }).ClickAsync();
        await page.Locator(".decision[data-ready=true]").WaitForAsync();
        var current = page.Locator("[data-testid=flow-path] g.path-node.current");
        await Assertions.Expect(current).ToHaveCountAsync(1);
        await Assertions.Expect(current).ToHaveAttributeAsync("data-testid", "path-node-approval");
        Assert.True(await page.Locator("[data-testid=flow-path] g.path-link[data-taken=true]").CountAsync() > 0);

        await page.GetByTestId("approve").ClickAsync();

        await Assertions.Expect(page.GetByTestId("task-message")).ToContainTextAsync("approved");
        await Assertions.Expect(page.GetByTestId("path-node-approval")).ToHaveAttributeAsync("data-state", "done");
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
