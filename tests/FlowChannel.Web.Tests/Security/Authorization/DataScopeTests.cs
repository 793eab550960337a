using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// The data scopes of the deals form, each seen from inside and outside: "my department" reaches the user's department
/// and everything below it, never a sibling or the parent; "member field" reaches the records naming the user;
/// "managed partners" reaches the records of the partners whose profile names the user as owner.
/// </summary>
[Collection(AuthorizationGroup.Name)]
public sealed class DataScopeTests(AuthorizationFixture fixture)
{
    public static TheoryData<string, string[], string[]> DepartmentViewers() => new()
    {
        // user, departments whose deals they see, departments whose deals they do not
        { AuthzUsers.SalesRegion, ["Region", "Team", "Squad", "Other"], [] },
        { AuthzUsers.SalesTeam, ["Team", "Squad"], ["Region", "Other"] },
        { AuthzUsers.SalesSquad, ["Squad"], ["Region", "Team", "Other"] },
        { AuthzUsers.SalesOther, ["Other"], ["Region", "Team", "Squad"] },
    };

    [Theory]
    [MemberData(nameof(DepartmentViewers))]
    public async Task My_department_reaches_the_department_and_below_only(string user, string[] visible, string[] invisible)
    {
        var client = fixture.Client(user);
        var listed = await ListedDealIdsAsync(client);

        foreach (var department in visible)
        {
            var deal = DealOf(department);
            Assert.Contains(deal.ToString(), listed);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/records/{deal}")).StatusCode);
        }
        foreach (var department in invisible)
        {
            var deal = DealOf(department);
            var before = await fixture.OfRecordAsync(deal);
            Assert.DoesNotContain(deal.ToString(), listed);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/records/{deal}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/records/{deal}", new { data = new { amount = 1 } })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/records/{deal}")).StatusCode);
            Assert.Equal(before, await fixture.OfRecordAsync(deal));
        }
        // Partners' deals have no department: a department scope never reaches them.
        Assert.DoesNotContain(fixture.DealOfA.ToString(), listed);
        Assert.DoesNotContain(fixture.DealOfB.ToString(), listed);
        var export = await client.GetStringAsync("/api/forms/authz-deals/records/export.csv");
        Assert.All(visible, d => Assert.Contains("deal of " + SalesUserOf(d), export, StringComparison.Ordinal));
        Assert.All(invisible, d => Assert.DoesNotContain("deal of " + SalesUserOf(d), export, StringComparison.Ordinal));
        Assert.DoesNotContain("deal of partner", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_field_scope_reaches_only_the_records_naming_the_user()
    {
        var finance = fixture.Client(AuthzUsers.Finance);

        var listed = await ListedDealIdsAsync(finance);

        Assert.Equal([fixture.DealOwnedByFinance.ToString()], listed);
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/api/records/{fixture.DealOwnedByFinance}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/api/records/{fixture.DealOwnedByManager}")).StatusCode);
        // The set grants view only: the named record is visible but not the user's to change or export.
        var before = await fixture.OfRecordAsync(fixture.DealOwnedByFinance);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PutAsJsonAsync($"/api/records/{fixture.DealOwnedByFinance}", new { data = new { amount = 1 } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.DeleteAsync($"/api/records/{fixture.DealOwnedByFinance}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.GetAsync("/api/forms/authz-deals/records/export.csv")).StatusCode);
        Assert.Equal(before, await fixture.OfRecordAsync(fixture.DealOwnedByFinance));
    }

    [Fact]
    public async Task Managed_partners_scope_reaches_the_owned_partner_A_and_not_partner_B()
    {
        var owner = fixture.Client(AuthzUsers.AccountManager);

        var listed = await ListedDealIdsAsync(owner);

        Assert.Contains(fixture.DealOfA.ToString(), listed);
        Assert.DoesNotContain(fixture.DealOfB.ToString(), listed);
        var ids = listed.Select(Guid.Parse).ToList();
        var partners = await fixture.WithDbAsync(db => db.FormRecords.Where(r => ids.Contains(r.Id))
            .Select(r => r.PartnerId).Distinct().ToListAsync());
        Assert.Equal([fixture.PartnerA], partners);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/records/{fixture.DealOfA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/records/{fixture.DealOfB}")).StatusCode);
        var export = await owner.GetStringAsync("/api/forms/authz-deals/records/export.csv");
        Assert.Contains("deal of partner A", export, StringComparison.Ordinal);
        Assert.DoesNotContain("deal of partner B", export, StringComparison.Ordinal);
        // The contract is hidden from account managers: its file is not theirs to download either.
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/files/{fixture.ContractOfA}")).StatusCode);
    }

    [Fact]
    public async Task Moving_the_owner_moves_the_managed_partners_at_once()
    {
        var owner = fixture.Client(AuthzUsers.AccountManager);
        var admin = fixture.Client(AuthzUsers.Admin);
        await admin.PutOkAsync($"/api/records/{fixture.PartnerA}", new { data = new { owner = new { id = fixture.UserId(AuthzUsers.Manager) } } });
        try
        {
            Assert.Empty(await ListedDealIdsAsync(owner));
            Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/records/{fixture.DealOfA}")).StatusCode);
        }
        finally
        {
            await admin.PutOkAsync($"/api/records/{fixture.PartnerA}", new { data = new { owner = new { id = fixture.UserId(AuthzUsers.AccountManager) } } });
        }
        Assert.Contains(fixture.DealOfA.ToString(), await ListedDealIdsAsync(owner));
    }

    private Guid DealOf(string department) => fixture.DealOfDepartment[department switch
    {
        "Region" => AuthorizationFixture.RegionId,
        "Team" => AuthorizationFixture.TeamId,
        "Squad" => AuthorizationFixture.SquadId,
        _ => AuthorizationFixture.OtherId,
    }];

    private static string SalesUserOf(string department) => department switch
    {
        "Region" => AuthzUsers.SalesRegion,
        "Team" => AuthzUsers.SalesTeam,
        "Squad" => AuthzUsers.SalesSquad,
        _ => AuthzUsers.SalesOther,
    };

    private static async Task<List<string>> ListedDealIdsAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/forms/authz-deals/records?pageSize=500");
        return [.. page!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())];
    }
}
