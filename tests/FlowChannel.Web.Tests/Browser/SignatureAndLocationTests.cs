using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>The browser-side inputs (signature canvas, geolocation) on a form published for the test.</summary>
public sealed class SignatureAndLocationTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string FormId = "visit-report";

    private const string Schema = """
        {
          "id": "visit-report", "version": 1, "title": {"en": "Visit report", "zh-CN": "拜访报告"},
          "permissions": {"submit": ["partner", "channel-manager"]},
          "fields": [
            {"key": "subject", "type": "text", "label": {"en": "Subject", "zh-CN": "主题"}, "required": true},
            {"key": "spot", "type": "location", "label": {"en": "Where", "zh-CN": "地点"}, "required": true},
            {"key": "sign", "type": "signature", "label": {"en": "Signature", "zh-CN": "签名"}, "required": true}
          ]
        }
        """;

    [Fact]
    public async Task Person_takes_the_browser_location_signs_on_the_canvas_and_submits()
    {
        await PublishFormAsync();
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = session.BaseUrl,
            Locale = "en-US",
            Geolocation = new Geolocation { Latitude = 31.2304f, Longitude = 121.4737f },
            Permissions = ["geolocation"],
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await BrowserSession.SignInAsync(page, "manager");
        await page.GotoAsync($"/forms/{FormId}");
        await page.Locator("[data-ready=true]").WaitForAsync();

        var subject = page.Locator("[data-field=subject] input");
        await subject.FillAsync("Quarterly review");
        await subject.BlurAsync();
        await page.GetByTestId("use-my-location").ClickAsync();
        await Assertions.Expect(page.Locator("input[name='spot.lat']")).ToHaveValueAsync(new Regex("^31\\.23"));

        var canvas = page.GetByTestId("signature-canvas");
        var box = (await canvas.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 20, box.Y + 30);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 120, box.Y + 90, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.MoveAsync(box.X + 200, box.Y + 40, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
        await page.GetByTestId("signature-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("signature-image")).ToBeVisibleAsync();

        await page.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/submissions\\?submitted=1$"));

        var stored = await StoredAsync();
        Assert.Equal("image/png", stored["sign"]!["contentType"]!.GetValue<string>());
        Assert.True(stored["sign"]!["size"]!.GetValue<long>() > 100);
        Assert.Equal(121.4737m, Math.Round(stored["spot"]!["lng"]!.GetValue<decimal>(), 4));
    }

    private async Task PublishFormAsync()
    {
        using var admin = await ClientAsync("admin", FlowChannelHost.AdminPassword);
        (await admin.PutAsync($"/api/forms/{FormId}/draft", new StringContent(Schema, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/forms/{FormId}/publish", null)).EnsureSuccessStatusCode();
    }

    private async Task<JsonObject> StoredAsync()
    {
        using var manager = await ClientAsync("manager", FlowChannelHost.SamplePassword);
        var mine = (await (await manager.GetAsync("/api/records/mine")).ReadJsonAsync()).AsArray();
        return mine.Single(r => r!["formId"]!.GetValue<string>() == FormId)!["data"]!.AsObject();
    }

    private async Task<HttpClient> ClientAsync(string userName, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.ReadJsonAsync())["accessToken"]!.GetValue<string>());
        return client;
    }
}
