using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// A partner's own user in the browser: their home offers what their permission sets allow, and the claims list and
/// partner list hold their partner's data only, although another partner filed a claim too.
/// </summary>
public sealed class PartnerPortalTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string PartnerA = "华东智联科技有限公司";
    private const string PartnerB = "深圳前海云拓信息技术有限公司";

    [Fact]
    public async Task A_partner_admin_sees_only_their_partners_claims_and_profile()
    {
        await FileClaimAsync("partner-admin", "13900000001");
        await FileClaimAsync("partner-user", "13900000002");
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "partner-admin");
        await Assertions.Expect(page.GetByTestId("browse-incentive-claim")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("browse-partner-profile")).ToBeVisibleAsync();
        await page.GetByTestId("browse-incentive-claim").ClickAsync();

        var grid = page.GetByTestId("records");
        await Assertions.Expect(grid).ToContainTextAsync(PartnerA);
        await Assertions.Expect(grid).ToContainTextAsync("13900000001");
        await Assertions.Expect(grid).Not.ToContainTextAsync(PartnerB);
        await Assertions.Expect(grid).Not.ToContainTextAsync("13900000002");
        await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("1 record(s)");

        await page.GotoAsync("/partners");
        await Assertions.Expect(page.GetByTestId("partner-name")).ToHaveTextAsync([PartnerA]);
    }

    /// <summary>Files a claim for the user's own partner through the real API, as that user.</summary>
    private async Task FileClaimAsync(string userName, string phone)
    {
        using var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName, password = FlowChannelHost.SamplePassword })).ReadJsonAsync();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["accessToken"]!.GetValue<string>());
        var partner = (await http.GetFromJsonAsync<JsonArray>("/api/partners"))!.Single()!;
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4 evidence"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        upload.Add(file, "file", "evidence.pdf");
        var evidence = await (await http.PostAsync("/api/files", upload)).ReadJsonAsync();
        var claim = new JsonObject
        {
            ["partner"] = new JsonObject { ["id"] = partner["id"]!.GetValue<string>() },
            ["contactName"] = "李雷",
            ["contactPhone"] = phone,
            ["claimType"] = "rebate",
            ["periodStart"] = "2026-07-01",
            ["periodEnd"] = "2026-09-30",
            ["lines"] = new JsonArray(new JsonObject { ["product"] = "A-1", ["quantity"] = 3, ["unitPrice"] = 100 }),
            // The upload's answer (id, name, size, type) is what a file field holds.
            ["evidence"] = new JsonArray(evidence.DeepClone()),
        };
        var submitted = await http.PostAsJsonAsync("/api/forms/incentive-claim/records", new { data = claim });
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
    }
}
