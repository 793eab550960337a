using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// Fields a user's sets make read-only or hidden cannot be written by them: a change naming one is refused whole with
/// 422 at <c>data/&lt;field&gt;</c> and stores nothing; a submission drops them, so the record holds the defaults.
/// </summary>
[Collection(AuthorizationGroup.Name)]
public sealed class LockedFieldTests(AuthorizationFixture fixture)
{
    public static TheoryData<string, string, string> LockedChanges() => new()
    {
        // user, record, field
        { AuthzUsers.SalesTeam, "team-deal", AuthzForms.Secret },
        { AuthzUsers.SalesTeam, "team-deal", AuthzForms.ReadOnlyScore },
        { AuthzUsers.SalesTeam, "team-deal", AuthzForms.ReadOnlyCode },
        { AuthzUsers.SalesRegion, "team-deal", AuthzForms.Secret },
        { AuthzUsers.Manager, "deal-a", AuthzForms.Secret },
        { AuthzUsers.Finance, "profile-a", "companyName" },
        { AuthzUsers.Finance, "profile-a", "tier" },
    };

    [Theory]
    [MemberData(nameof(LockedChanges))]
    public async Task A_change_to_a_locked_field_is_refused_at_its_path_and_stores_nothing(string user, string recordName, string field)
    {
        var recordId = RecordNamed(recordName);
        var before = await fixture.OfRecordAsync(recordId);
        // An allowed field travels with the locked one: the whole change must be refused, not half applied.
        var allowed = recordName == "profile-a" ? "creditLimit" : "amount";
        var data = new JsonObject { [allowed] = 4242, [field] = field == "tier" ? "core" : (JsonNode)"written by " + user };

        var response = await fixture.Client(user).PutAsJsonAsync($"/api/records/{recordId}", new { data });

        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body.ToJsonString());
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("data/" + field, error["path"]!.GetValue<string>());
        Assert.Equal(before, await fixture.OfRecordAsync(recordId));
    }

    [Theory]
    [InlineData(AuthzUsers.SalesTeam, "team-deal", "amount")]
    [InlineData(AuthzUsers.Manager, "deal-a", AuthzForms.ReadOnlyScore)]
    [InlineData(AuthzUsers.Finance, "profile-a", "creditLimit")]
    public async Task The_same_user_may_change_a_field_their_sets_make_editable(string user, string recordName, string field)
    {
        var recordId = RecordNamed(recordName);
        var value = field == AuthzForms.ReadOnlyScore ? 6 : 4242;

        var response = await fixture.Client(user).PutAsJsonAsync($"/api/records/{recordId}", new { data = new JsonObject { [field] = value } });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Contains($"\"{field}\":{value}", await fixture.OfRecordAsync(recordId), StringComparison.Ordinal);
    }

    public static TheoryData<string> Submitters() => [AuthzUsers.PartnerUserA, AuthzUsers.PartnerAdminA, AuthzUsers.SalesSquad];

    [Theory]
    [MemberData(nameof(Submitters))]
    public async Task A_submission_drops_locked_fields_and_stores_the_defaults(string user)
    {
        var recordId = await fixture.Client(user).SubmitAsync(AuthzForms.Deals, AuthzRecords.Deal("locked fields by " + user));

        var stored = JsonNode.Parse(await fixture.WithDbAsync(db => db.FormRecords.Where(r => r.Id == recordId).Select(r => r.DataJson).SingleAsync()))!;
        Assert.Equal("locked fields by " + user, stored["title"]!.GetValue<string>());
        Assert.Equal(1000, stored["amount"]!.GetValue<int>());
        Assert.Null(stored[AuthzForms.Secret]);
        Assert.Null(stored[AuthzForms.ReadOnlyScore]);
        Assert.Equal(AuthzForms.InternalCodeDefault, stored[AuthzForms.ReadOnlyCode]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_submission_keeps_every_field_so_the_drops_above_are_the_sets_at_work()
    {
        var recordId = await fixture.Client(AuthzUsers.Admin).SubmitAsync(AuthzForms.Deals, AuthzRecords.Deal("admin keeps all"));

        var stored = JsonNode.Parse(await fixture.WithDbAsync(db => db.FormRecords.Where(r => r.Id == recordId).Select(r => r.DataJson).SingleAsync()))!;
        Assert.Equal("client-written secret admin keeps all", stored[AuthzForms.Secret]!.GetValue<string>());
        Assert.Equal(99, stored[AuthzForms.ReadOnlyScore]!.GetValue<int>());
        Assert.Equal("CLIENT", stored[AuthzForms.ReadOnlyCode]!.GetValue<string>());
    }

    private Guid RecordNamed(string name) => name switch
    {
        "team-deal" => fixture.DealOfDepartment[AuthorizationFixture.TeamId],
        "deal-a" => fixture.DealOfA,
        _ => fixture.PartnerA,
    };
}
