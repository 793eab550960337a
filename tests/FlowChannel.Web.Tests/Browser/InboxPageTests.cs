using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The inbox (工作台) in a real browser: the manager sees the count, filters to one application, approves it from the list, and the count drops.</summary>
public sealed class InboxPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Company = "工作台浏览器测试有限公司";

    [Fact]
    public async Task Approver_filters_the_inbox_approves_a_task_from_it_and_the_count_drops()
    {
        await SubmitAsync(Company);
        await SubmitAsync("工作台另一家有限公司");
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "manager");

        await page.GotoAsync("/tasks");
        await page.Locator("[data-inbox-ready=true]").WaitForAsync();
        var count = page.GetByTestId("count-todo");
        var before = int.Parse(await count.InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(before >= 2, $"expected both applications in the to-do count, got {before}");

        await page.GetByTestId("filter-form").SelectOptionAsync("partner-application");
        await page.GetByTestId("inbox-search").FillAsync("工作台浏览器");
        await page.GetByTestId("filter-apply").ClickAsync();
        var rows = page.GetByTestId("inbox-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync(Company);

        await rows.GetByTestId("select-task").CheckAsync();
        await Assertions.Expect(page.GetByTestId("batch-selected")).ToContainTextAsync("1 selected");
        await page.GetByTestId("batch-comment").FillAsync("Looks good");
        await page.GetByTestId("batch-approve").ClickAsync();

        await Assertions.Expect(page.GetByTestId("batch-summary")).ToContainTextAsync("1 approved");
        await Assertions.Expect(count).ToHaveTextAsync((before - 1).ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("tab-processed").ClickAsync();
        await Assertions.Expect(page.GetByTestId("inbox-row").Filter(new LocatorFilterOptions { HasText = Company })).ToHaveCountAsync(1);
    }

    private async Task SubmitAsync(string company)
    {
        using var api = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/auth/token", new { userName = "applicant", password = FlowChannelHost.SamplePassword })).ReadJsonAsync();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token["accessToken"]!);
        var response = await api.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(company));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
