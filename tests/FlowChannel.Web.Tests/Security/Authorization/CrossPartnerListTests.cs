using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// Every list, search, picker and export a partner's user can call never holds the other partner's data: partner A's
/// users against B, and B's user against A. Each answer must be a success, so a blanket refusal cannot pass for "no leak".
/// </summary>
[Collection(AuthorizationGroup.Name)]
public sealed class CrossPartnerListTests(AuthorizationFixture fixture)
{
    private static readonly string[] Reads =
    [
        "GET /api/forms",
        "GET /api/partners",
        "GET /api/records/mine",
        "GET /api/tasks",
        "GET /api/tasks?status=completed",
        "GET /api/notifications",
        "GET /api/record-drafts",
        "GET /api/directory/users?take=100",
        "GET /api/directory/users?q=partner&take=100",
        "GET /api/forms/incentive-claim/records?pageSize=500",
        "GET /api/forms/partner-profile/records?pageSize=500",
        "GET /api/forms/partner-application/records?pageSize=500",
        "GET /api/forms/authz-deals/records?pageSize=500",
        "GET /api/forms/incentive-claim/fields/partner/link-search?take=100",
        "GET /api/forms/authz-deals/fields/partner/link-search?take=100",
        "POST /api/forms/authz-deals/fields/partner/link-search?take=100",
        "POST /api/forms/authz-deals/fields/partnerScores/related",
        "POST /api/forms/authz-deals/fields/companyPick/options",
        "GET /api/forms/authz-deals/records/export.csv",
    ];

    public static TheoryData<string, string, string> ViewersAgainstTheOtherPartner()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var read in Reads)
        {
            foreach (var user in AuthzUsers.OfPartnerA)
            {
                data.Add(user, "B", read);
            }
            data.Add(AuthzUsers.PartnerUserB, "A", read);
        }
        // Only partner admins may export claims (their partner's).
        data.Add(AuthzUsers.PartnerAdminA, "B", "GET /api/forms/incentive-claim/records/export.csv");
        return data;
    }

    [Theory]
    [MemberData(nameof(ViewersAgainstTheOtherPartner))]
    public async Task Lists_searches_and_exports_never_hold_the_other_partners_data(string user, string victim, string request)
    {
        var (method, url) = (request.Split(' ')[0], request.Split(' ')[1]);
        using var message = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "POST" ? JsonContent.Create(new JsonObject()) : null,
        };

        var response = await fixture.Client(user).SendAsync(message);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {request}: {(int)response.StatusCode} {body}");
        fixture.AssertNoLeak(victim, body, $"{user} {request}");
    }

    [Theory]
    [InlineData("GET /api/forms/incentive-claim/fields/partner/link-search?q={0}")]
    [InlineData("GET /api/forms/authz-deals/fields/partner/link-search?q={0}")]
    public async Task Searching_for_partner_B_by_name_or_code_finds_nothing(string request)
    {
        foreach (var user in AuthzUsers.OfPartnerA)
        {
            foreach (var term in new[] { "深圳", PartnerTargets.CreditCodeOfB })
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, request.Split(' ')[1], Uri.EscapeDataString(term));
                var found = await fixture.Client(user).GetFromJsonAsync<JsonArray>(url);
                Assert.Empty(found!);
            }
        }
        // The same search finds B for B's own user, so the empty answers above are the permission at work.
        var own = await fixture.Client(AuthzUsers.PartnerUserB).GetFromJsonAsync<JsonArray>(
            "/api/forms/incentive-claim/fields/partner/link-search?q=" + Uri.EscapeDataString("深圳"));
        Assert.Contains(own!, item => item!["id"]!.GetValue<string>() == fixture.PartnerB.ToString());
    }

    [Fact]
    public async Task Data_linkage_does_not_read_partner_B_profile_for_partner_A()
    {
        var current = new JsonObject { ["creditCodeInput"] = PartnerTargets.CreditCodeOfB };
        foreach (var user in AuthzUsers.OfPartnerA)
        {
            var answer = await fixture.Client(user).PostAsJsonAsync("/api/forms/authz-deals/fields/linkedCity/linkage", current);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Null((await answer.Content.ReadFromJsonAsync<JsonObject>())!["value"]);
        }
        var own = await fixture.Client(AuthzUsers.PartnerUserB).PostAsJsonAsync("/api/forms/authz-deals/fields/linkedCity/linkage", current);
        Assert.Equal("深圳", (await own.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_partner_lists_its_own_profile_only()
    {
        foreach (var (user, partner) in new[] { (AuthzUsers.PartnerAdminA, fixture.PartnerA), (AuthzUsers.PartnerUserA, fixture.PartnerA), (AuthzUsers.PartnerUserB, fixture.PartnerB) })
        {
            var partners = await fixture.Client(user).GetFromJsonAsync<JsonArray>("/api/partners");
            Assert.Equal(partner.ToString(), Assert.Single(partners!)!["id"]!.GetValue<string>());
        }
    }
}
