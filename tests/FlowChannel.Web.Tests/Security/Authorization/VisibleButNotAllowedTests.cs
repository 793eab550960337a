using System.Net;
using System.Net.Http.Json;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// A record the user may see but whose action their sets do not grant answers 403 (not 404: they know it exists),
/// a form they have no set on answers 404; either way nothing changes.
/// </summary>
[Collection(AuthorizationGroup.Name)]
public sealed class VisibleButNotAllowedTests(AuthorizationFixture fixture)
{
    public static TheoryData<string, string, string, HttpStatusCode> Refusals() => new()
    {
        // Channel managers edit claims but may not delete them.
        { AuthzUsers.Manager, "DELETE", "/api/records/{claimA}", HttpStatusCode.Forbidden },
        { AuthzUsers.Manager, "DELETE", "/api/records/{dealA}", HttpStatusCode.Forbidden },
        // Partner admins view, add, print and export their partner's claims, nothing more.
        { AuthzUsers.PartnerAdminA, "PUT", "/api/records/{claimA}", HttpStatusCode.Forbidden },
        { AuthzUsers.PartnerAdminA, "DELETE", "/api/records/{claimA}", HttpStatusCode.Forbidden },
        { AuthzUsers.PartnerAdminA, "PUT", "/api/records/{profileA}", HttpStatusCode.Forbidden },
        { AuthzUsers.PartnerAdminA, "DELETE", "/api/records/{profileA}", HttpStatusCode.Forbidden },
        // A plain partner user submits deals of their partner but may not change or delete them.
        { AuthzUsers.PartnerUserA, "PUT", "/api/records/{dealA}", HttpStatusCode.Forbidden },
        { AuthzUsers.PartnerUserA, "DELETE", "/api/records/{dealA}", HttpStatusCode.Forbidden },
        // Finance views every claim, changes none.
        { AuthzUsers.Finance, "PUT", "/api/records/{claimA}", HttpStatusCode.Forbidden },
        { AuthzUsers.Finance, "DELETE", "/api/records/{claimA}", HttpStatusCode.Forbidden },
        // A plain partner user of partner A sees only claims they filed themselves: the partner admin's is not theirs.
        { AuthzUsers.PartnerUserA, "GET", "/api/records/{claimA}", HttpStatusCode.NotFound },
        { AuthzUsers.PartnerUserA, "PUT", "/api/records/{claimA}", HttpStatusCode.NotFound },
        // A designer has no permission set on the claims or the deals.
        { AuthzUsers.Designer, "GET", "/api/records/{claimA}", HttpStatusCode.NotFound },
        { AuthzUsers.Designer, "DELETE", "/api/records/{dealA}", HttpStatusCode.NotFound },
        { AuthzUsers.Designer, "GET", "/api/forms/authz-deals/rights", HttpStatusCode.NotFound },
        { AuthzUsers.Designer, "GET", "/api/forms/authz-deals/records", HttpStatusCode.Forbidden },
        { AuthzUsers.Designer, "GET", "/api/forms/authz-deals/records/export.csv", HttpStatusCode.Forbidden },
        { AuthzUsers.Designer, "POST", "/api/forms/authz-deals/records", HttpStatusCode.Forbidden },
        // Export is its own action.
        { AuthzUsers.PartnerUserB, "GET", "/api/forms/incentive-claim/records/export.csv", HttpStatusCode.Forbidden },
        { AuthzUsers.PartnerUserA, "GET", "/api/forms/incentive-claim/records/export.csv", HttpStatusCode.Forbidden },
        { AuthzUsers.PartnerAdminA, "GET", "/api/forms/partner-profile/records/export.csv", HttpStatusCode.Forbidden },
        // Pickers serve whoever fills the form in: no "add", no lookups.
        { AuthzUsers.Finance, "GET", "/api/forms/authz-deals/fields/partner/link-search", HttpStatusCode.Forbidden },
        { AuthzUsers.AccountManager, "POST", "/api/forms/authz-deals/fields/partnerScores/related", HttpStatusCode.Forbidden },
        // Staff-only administration.
        { AuthzUsers.PartnerAdminA, "GET", "/api/workflow-instances", HttpStatusCode.Forbidden },
        { AuthzUsers.Manager, "POST", "/api/workflow-instances/migrate", HttpStatusCode.Forbidden },
        { AuthzUsers.Manager, "POST", "/api/events/authz/trigger", HttpStatusCode.Forbidden },
        { AuthzUsers.PartnerAdminA, "PUT", "/api/forms/authz-deals/draft", HttpStatusCode.Forbidden },
        { AuthzUsers.Manager, "POST", "/api/forms/authz-deals/publish", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refused_and_nothing_changed(string user, string method, string template, HttpStatusCode expected)
    {
        var url = template.Replace("{claimA}", fixture.ClaimOfA.ToString(), StringComparison.Ordinal)
            .Replace("{dealA}", fixture.DealOfA.ToString(), StringComparison.Ordinal)
            .Replace("{profileA}", fixture.PartnerA.ToString(), StringComparison.Ordinal);
        var watched = new[] { fixture.ClaimOfA, fixture.DealOfA, fixture.PartnerA };
        var before = await Task.WhenAll(watched.Select(fixture.OfRecordAsync));
        var formsBefore = await FormVersionsAsync();

        using var message = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "PUT" or "POST"
                ? JsonContent.Create(url.EndsWith("/draft", StringComparison.Ordinal)
                    ? new { id = "authz-deals", version = 9, title = "taken over", fields = Array.Empty<object>() }
                    : (object)new { data = new { remarks = "changed", amount = 5, contactName = "changed", title = "changed" } })
                : null,
        };
        var response = await fixture.Client(user).SendAsync(message);

        Assert.True(expected == response.StatusCode, $"{user} {method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(before, await Task.WhenAll(watched.Select(fixture.OfRecordAsync)));
        Assert.Equal(formsBefore, await FormVersionsAsync());
    }

    [Fact]
    public async Task The_allowed_counterparts_succeed_so_the_refusals_are_the_sets_at_work()
    {
        var partnerAdmin = fixture.Client(AuthzUsers.PartnerAdminA);
        Assert.Equal(HttpStatusCode.OK, (await partnerAdmin.GetAsync($"/api/records/{fixture.ClaimOfA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partnerAdmin.GetAsync("/api/forms/incentive-claim/records/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client(AuthzUsers.Finance).GetAsync($"/api/records/{fixture.ClaimOfA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client(AuthzUsers.PartnerUserA).GetAsync($"/api/records/{fixture.DealOfA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client(AuthzUsers.Manager).GetAsync($"/api/records/{fixture.ClaimOfA}")).StatusCode);
        var forms = await fixture.Client(AuthzUsers.Designer).GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/forms");
        Assert.DoesNotContain(forms!, f => f!["formId"]!.GetValue<string>() is "authz-deals" or "incentive-claim");
    }

    private Task<string> FormVersionsAsync() => fixture.WithDbAsync(async db =>
        string.Join(",", await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.FormDefinitions.OrderBy(f => f.FormId).ThenBy(f => f.Version).Select(f => f.FormId + f.Version))));
}
