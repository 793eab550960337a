using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The automations page in a real browser: an admin writes a rule (trigger, action, field mapping), a record is submitted,
/// the background sweep runs the rule, and the admin sees the created record and the run in the log.
/// </summary>
public sealed class AutomationAdminPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_adds_a_rule_in_the_page_and_sees_the_record_it_creates_and_its_log_entry()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GetByTestId("nav-automations").ClickAsync();
        await page.GotoAsync("/admin/automations?formId=review-meeting");
        await page.Locator("[data-testid=auto-page][data-ready=true]").WaitForAsync();

        await page.GetByTestId("auto-new").ClickAsync();
        await page.GetByTestId("auto-key").FillAsync("page-rule");
        await page.GetByTestId("auto-name").FillAsync("Meeting becomes a lead");
        await page.GetByTestId("auto-action-form").SelectOptionAsync("lead");
        var mapping = page.GetByTestId("auto-mapping");
        foreach (var _ in new[] { "province", "industry", "status" })
        {
            await mapping.GetByTestId("auto-mapping-add").ClickAsync();
        }
        (string Field, string Formula)[] rows = [("customerName", "title"), ("province", "'beijing'"), ("industry", "'retail'"), ("status", "'nope'")];
        for (var i = 0; i < rows.Length; i++)
        {
            await mapping.GetByTestId("auto-mapping-field").Nth(i).FillAsync(rows[i].Field);
            await mapping.GetByTestId("auto-mapping-formula").Nth(i).FillAsync(rows[i].Formula);
        }
        await page.GetByTestId("auto-mapping-formula").Nth(3).FillAsync("'new' +");
        await page.GetByTestId("auto-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("auto-errors")).ToContainTextAsync("/actions/0/fields/status");
        await page.GetByTestId("auto-mapping-formula").Nth(3).FillAsync("'new'");
        await page.GetByTestId("auto-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("automations")).ToContainTextAsync("Meeting becomes a lead");

        using var admin = await ApiAsync();
        (await admin.PostAsJsonAsync("/api/forms/review-meeting/records",
            new { data = new { title = "页面规则复盘会", meetingDate = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) } })).EnsureSuccessStatusCode();

        // The background sweep runs the queued rule within seconds.
        for (var i = 0; i < 60 && await page.GetByTestId("auto-run-outcome").CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await page.GetByTestId("auto-log-refresh").ClickAsync();
        }
        await Assertions.Expect(page.GetByTestId("auto-run-outcome").First).ToHaveTextAsync("Succeeded");
        await Assertions.Expect(page.GetByTestId("auto-run-details").First).ToContainTextAsync("added lead");

        await page.GotoAsync("/records/lead");
        await Assertions.Expect(page.GetByText("页面规则复盘会").First).ToBeVisibleAsync();
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
