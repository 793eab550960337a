using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FlowChannel.Web.Tests.Browser;

/// <summary>
/// A partner's own user in the browser: their home offers what their permission sets allow, and the claims list,
/// partner list and rebate statements hold their partner's data only, although another partner has the same.
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

    [Fact]
    public async Task A_partner_admin_sees_their_own_rebate_statement_and_not_another_partners()
    {
        using var admin = await SignedInClientAsync("admin", FlowChannelHost.AdminPassword);
        var partners = (await admin.GetFromJsonAsync<JsonArray>("/api/partners"))!;
        string IdOf(string name) => partners.Single(p => p!["data"]!["companyName"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();
        var program = await SubmitAsync(admin, "rebate-program", new JsonObject
        {
            ["programCode"] = "RB-2026", ["name"] = "2026 sales rebate", ["year"] = 2026, ["basis"] = "sales",
            ["method"] = "retroactive", ["ruleVersion"] = "v1", ["status"] = "active",
            ["tiers"] = new JsonArray(new JsonObject { ["lower"] = 0, ["rate"] = 0.02 }),
        });
        await SubmitAsync(admin, "rebate-statement", Statement(IdOf(PartnerA), program, "2026-Q3", 36_000));
        await SubmitAsync(admin, "rebate-statement", Statement(IdOf(PartnerB), program, "2026-Q2", 81_000));
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = session.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        await BrowserSession.SignInAsync(page, "partner-admin");
        await page.GetByTestId("browse-rebate-statement").ClickAsync();

        var grid = page.GetByTestId("records");
        await Assertions.Expect(grid).ToContainTextAsync("2026-Q3");
        await Assertions.Expect(grid).ToContainTextAsync(PartnerA);
        await Assertions.Expect(grid).Not.ToContainTextAsync("2026-Q2");
        await Assertions.Expect(grid).Not.ToContainTextAsync(PartnerB);
        await Assertions.Expect(page.GetByTestId("record-total")).ToHaveTextAsync("1 record(s)");
    }

    private static JsonObject Statement(string partnerId, string programId, string period, decimal earned) => new()
    {
        ["partner"] = new JsonObject { ["id"] = partnerId },
        ["program"] = new JsonObject { ["id"] = programId },
        ["period"] = period,
        ["basisKind"] = "sales",
        ["earnedToDate"] = earned,
        ["settlement"] = earned,
        ["status"] = "pending",
    };

    private async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var http = new HttpClient { BaseAddress = new Uri(session.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName, password })).ReadJsonAsync();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["accessToken"]!.GetValue<string>());
        return http;
    }

    private static async Task<string> SubmitAsync(HttpClient http, string formId, JsonObject data)
    {
        var submitted = await http.PostAsJsonAsync($"/api/forms/{formId}/records", new { data });
        var body = await submitted.Content.ReadAsStringAsync();
        Assert.True(submitted.IsSuccessStatusCode, $"{formId}: {body}");
        return JsonNode.Parse(body)!["recordId"]!.GetValue<string>();
    }

    /// <summary>Files a claim for the user's own partner through the real API, as that user.</summary>
    private async Task FileClaimAsync(string userName, string phone)
    {
        using var http = await SignedInClientAsync(userName, FlowChannelHost.SamplePassword);
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
