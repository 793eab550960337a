using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// Contribution-based profit sharing as the partners meet it: the quarter is computed, a channel director approves the
/// proposed shares from the inbox, and only then does each partner open its own line.
/// </summary>
public sealed class ProfitShareJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task After_the_quarter_is_shared_each_partner_sees_its_own_published_share_and_not_the_others()
    {
        // The sample partner users belong to 华东智联 (partner-admin) and 前海云拓 (partner-user).
        // The director is there before the run: the approval's tasks go to the role's members at that moment.
        await ChannelWalks.ChannelWalkSteps.AddStaffAsync(session, "share-director", "channel-director");
        var api = await ApiAsync();
        var first = await PartnerIdAsync(api, "华东智联科技有限公司");
        var order = await api.PostAsJsonAsync("/api/forms/sales-order/records", new { data = new JsonObject
        {
            ["partner"] = new JsonObject { ["id"] = first }, ["orderDate"] = "2026-05-12", ["kind"] = "sale", ["amount"] = 2_000_000,
        } });
        Assert.True(order.IsSuccessStatusCode, await order.Content.ReadAsStringAsync());
        var run = await api.PostAsJsonAsync("/api/workflow-definitions/profit-sharing-quarterly/instances",
            new { input = new JsonObject { ["period"] = "2026-Q2", ["pool"] = 88_000 } });
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());

        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "partner-admin");
        await page.GotoAsync("/records/contribution-share");
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("0 record(s)");

        await ChannelWalks.ChannelWalkSteps.BecomeAsync(page, "share-director", ChannelWalks.ChannelWalkSteps.StaffPassword);
        await ChannelWalks.ChannelWalkSteps.OpenTaskAsync(page, "Profit sharing 2026-Q2");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("华东智联科技有限公司 · ");
        await ChannelWalks.ChannelWalkSteps.DecideAsync(page, "approve", "同意公布 / publish");

        await ChannelWalks.ChannelWalkSteps.BecomeAsync(page, "partner-admin");
        await page.GotoAsync("/records/contribution-share");
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("1 record(s)");
        await Assertions.Expect(page.GetByText("华东智联科技有限公司").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("2026-Q2").First).ToBeVisibleAsync();

        await page.GetByTestId("sign-out").ClickAsync();
        await BrowserSession.SignInAsync(page, "partner-user");
        await page.GotoAsync("/records/contribution-share");
        await page.Locator("[data-testid=grid-heading][data-ready=true]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("1 record(s)");
        await Assertions.Expect(page.GetByText("深圳前海云拓信息技术有限公司").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("华东智联科技有限公司")).ToHaveCountAsync(0);
    }

    private static async Task<string> PartnerIdAsync(HttpClient api, string name)
    {
        var page = await api.GetFromJsonAsync<JsonObject>("/api/forms/partner-profile/records?pageSize=100");
        return (string)page!["items"]!.AsArray().Single(r => (string?)r!["data"]!["companyName"] == name)!["id"]!;
    }

    private async Task<HttpClient> ApiAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = FlowChannelHost.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
