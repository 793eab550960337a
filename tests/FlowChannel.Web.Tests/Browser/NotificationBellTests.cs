using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Api;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The bell counts unread notifications live: while the applicant's page is open, the manager approves their
/// application elsewhere and the count rises in the same page, without a reload; the centre lists the message and
/// marking all read clears the count.
/// </summary>
public sealed class NotificationBellTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_notification_caused_by_another_user_raises_the_open_pages_bell_without_a_reload()
    {
        const string company = "铃声测试科技有限公司";
        using var applicantApi = await ApiAsync("applicant");
        using var managerApi = await ApiAsync("manager");
        var submission = await (await applicantApi.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(company))).ReadJsonAsync();
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(managerApi, submission["recordId"]!.GetValue<string>());

        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "applicant");
        await page.GotoAsync("/submissions");
        await page.Locator("[data-testid=bell][data-live=true]").WaitForAsync();
        var before = await UnreadAsync(page);
        // A reload would lose this mark.
        await page.EvaluateAsync("() => window.__sameDocument = 'yes'");

        (await managerApi.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "approve", comment = "ok" })).EnsureSuccessStatusCode();

        await Assertions.Expect(page.GetByTestId("bell-count")).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.__sameDocument"));

        await page.GetByTestId("bell").ClickAsync();
        await page.Locator("[data-testid=notifications][data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("notification").First).ToContainTextAsync(company);
        await page.GetByTestId("notify-mark-all").ClickAsync();
        await Assertions.Expect(page.GetByTestId("bell-count")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=notification].unread")).ToHaveCountAsync(0);
    }

    private static async Task<int> UnreadAsync(IPage page) =>
        await page.GetByTestId("bell-count").CountAsync() == 0 ? 0 : int.Parse(await page.GetByTestId("bell-count").InnerTextAsync(), CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = FlowChannelHost.SamplePassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
