using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// The webhooks page in a real browser: add a webhook to a form (its secret shown this once), switch it off and on, and
/// read its delivery log once a record is submitted — here the receiver cannot be reached, so the delivery waits to
/// be retried with its error, and can be resent.
/// </summary>
public sealed class WebhookAdminPageTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_adds_a_webhook_sees_its_secret_once_switches_it_and_reads_and_resends_from_the_delivery_log()
    {
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserSession.SignInAsync(page, "admin", FlowChannelHost.AdminPassword);
        await page.GetByTestId("nav-webhooks").ClickAsync();
        await page.GotoAsync("/admin/webhooks?formId=partner-application");
        await page.Locator("[data-testid=hook-page][data-ready=true]").WaitForAsync();

        await page.GetByTestId("hook-new").ClickAsync();
        await page.GetByTestId("hook-name").FillAsync("CRM");
        await page.GetByTestId("hook-url").FillAsync("ftp://crm.example.com/hooks");
        await page.GetByTestId("hook-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("hook-errors")).ToContainTextAsync("url:");
        await page.GetByTestId("hook-url").FillAsync("https://crm.example.com/page-hooks");
        await page.GetByTestId("hook-save").ClickAsync();

        var secret = await page.GetByTestId("hook-secret").InnerTextAsync();
        Assert.True(secret.Length >= 16, secret);
        var row = page.GetByTestId("hooks").Locator("tr", new() { HasText = "page-hooks" });
        await Assertions.Expect(row).ToContainTextAsync("only fields every set shows");
        await page.ReloadAsync();
        await page.Locator("[data-testid=hook-page][data-ready=true]").WaitForAsync();
        Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);

        row = page.GetByTestId("hooks").Locator("tr", new() { HasText = "page-hooks" });
        using var admin = await ApiAsync("admin", FlowChannelHost.AdminPassword);
        await row.GetByTestId("hook-active").ClickAsync();
        await UntilAsync(async () => !await IsActiveAsync(admin));
        await row.GetByTestId("hook-active").ClickAsync();
        await UntilAsync(() => IsActiveAsync(admin));

        using var applicant = await ApiAsync("applicant", FlowChannelHost.SamplePassword);
        (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("网页钩子页面测试有限公司"))).EnsureSuccessStatusCode();

        await row.GetByTestId("hook-log").ClickAsync();
        var log = page.GetByTestId("hook-deliveries");
        // The scheduler tries it within seconds; the receiver's name does not resolve here, so no status code comes back.
        await UntilAsync(async () =>
        {
            await page.GetByTestId("hook-log-refresh").ClickAsync();
            return (await log.GetByTestId("delivery-codes").AllInnerTextsAsync()).SingleOrDefault() is "—";
        });
        await Assertions.Expect(log.GetByTestId("delivery-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("waiting to retry|given up"));
        await log.GetByTestId("delivery-resend").ClickAsync();
        await Assertions.Expect(log.GetByTestId("delivery-state")).ToHaveCountAsync(2);
    }

    private static async Task<bool> IsActiveAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonArray>("/api/admin/webhooks?formId=partner-application"))!
            .Single(h => ((string?)h!["url"])!.Contains("page-hooks", StringComparison.Ordinal))!["isActive"]!.GetValue<bool>();

    /// <summary>Asks again every half second for up to 30 s; fails when it never holds.</summary>
    private static async Task UntilAsync(Func<Task<bool>> holds)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await holds())
            {
                return;
            }
            await Task.Delay(500);
        }
        Assert.Fail("The condition did not hold within 30 s.");
    }

    private async Task<HttpClient> ApiAsync(string userName, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
