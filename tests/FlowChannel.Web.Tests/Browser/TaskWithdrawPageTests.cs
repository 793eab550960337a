using System.Net.Http.Headers;
using System.Net.Http.Json;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The submitter on the record page in a real browser: the flow diagram waits on the manager's review, and the
/// withdraw button, once confirmed, takes the application back (status withdrawn, the diagram waits nowhere).
/// </summary>
public sealed class TaskWithdrawPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Company = "撤回浏览器测试有限公司";

    [Fact]
    public async Task Applicant_sees_where_the_flow_waits_and_withdraws_the_application_after_confirming()
    {
        var recordId = await SubmitAsync();
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "applicant");

        await page.GotoAsync($"/records/partner-application/{recordId}");
        await page.Locator("[data-testid=withdraw-box][data-withdraw-ready=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("flow-path")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=flow-path] g.path-node.current")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=flow-path] g.path-node[data-state=done]").First).ToBeVisibleAsync();

        // The first click only asks; cancelling changes nothing.
        await page.GetByTestId("withdraw").ClickAsync();
        await page.GetByTestId("withdraw-cancel").ClickAsync();
        await Assertions.Expect(page.Locator("[data-status=withdrawn]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("withdraw")).ToBeVisibleAsync();

        await page.GetByTestId("withdraw").ClickAsync();
        await page.GetByTestId("withdraw-reason").FillAsync("Submitted by mistake");
        await page.GetByTestId("withdraw-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("record-message")).ToContainTextAsync("withdrawn");
        await Assertions.Expect(page.Locator("[data-status=withdrawn]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=flow-path] g.path-node.current")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("withdraw")).ToHaveCountAsync(0);
    }

    private async Task<string> SubmitAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName = "applicant", password = FlowChannelHost.SamplePassword })).ReadJsonAsync();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        var response = await api.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(Company));
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return (string)body["recordId"]!;
    }
}
