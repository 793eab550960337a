using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>
/// A field hidden from a user is absent from everything they can read: the record, lists, their submissions, the CSV
/// export (header and rows), link search results, related lists and option lists. Staff who may read the field do get
/// it through the same calls, so an absence is the permission at work and not an empty value.
/// </summary>
[Collection(AuthorizationGroup.Name)]
public sealed class HiddenFieldTests(AuthorizationFixture fixture)
{
    /// <summary>The sample partner A's screening score, hidden from the partner's own users by the pack's profile sets.</summary>
    private const string ScoreOfA = "86";

    public static TheoryData<string> DealViewersWithoutTheSecret() =>
        [AuthzUsers.PartnerAdminA, AuthzUsers.PartnerUserA, AuthzUsers.AccountManager];

    [Theory]
    [MemberData(nameof(DealViewersWithoutTheSecret))]
    public async Task The_secret_is_absent_from_the_record_the_list_and_the_export(string user)
    {
        var client = fixture.Client(user);

        var record = await client.GetFromJsonAsync<JsonObject>($"/api/records/{fixture.DealOfA}");
        var list = await client.GetStringAsync("/api/forms/authz-deals/records?pageSize=500");
        var export = await client.GetStringAsync("/api/forms/authz-deals/records/export.csv");
        var rights = await client.GetFromJsonAsync<JsonObject>("/api/forms/authz-deals/rights");

        Assert.Equal("deal of partner A", record!["data"]!["title"]!.GetValue<string>());
        Assert.False(record["data"]!.AsObject().ContainsKey(AuthzForms.Secret));
        Assert.Contains(fixture.DealOfA.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthzForms.Secret, list, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorizationFixture.SecretOfA, list, StringComparison.Ordinal);
        var header = export.Split('\n')[0];
        Assert.Contains("Title", header, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret note", header, StringComparison.Ordinal);
        Assert.Contains("deal of partner A", export, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthorizationFixture.SecretOfA, export, StringComparison.Ordinal);
        Assert.Equal("hidden", rights!["fields"]![AuthzForms.Secret]!.GetValue<string>());
    }

    [Fact]
    public async Task The_account_manager_does_not_see_the_contract_field_or_its_file()
    {
        var client = fixture.Client(AuthzUsers.AccountManager);
        var record = await client.GetFromJsonAsync<JsonObject>($"/api/records/{fixture.DealOfA}");
        var export = await client.GetStringAsync("/api/forms/authz-deals/records/export.csv");

        Assert.False(record!["data"]!.AsObject().ContainsKey("contract"));
        Assert.DoesNotContain(fixture.ContractOfA, export, StringComparison.Ordinal);
        Assert.DoesNotContain("contract-a.pdf", export, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/api/files/{fixture.ContractOfA}")).StatusCode);
        // Partner A's own users may see the contract field, and so download its file.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await fixture.Client(AuthzUsers.PartnerAdminA).GetAsync($"/api/files/{fixture.ContractOfA}")).StatusCode);
    }

    [Fact]
    public async Task Staff_who_may_read_the_secret_get_it_through_the_same_calls()
    {
        var manager = fixture.Client(AuthzUsers.Manager);
        var record = await manager.GetFromJsonAsync<JsonObject>($"/api/records/{fixture.DealOfA}");
        var export = await manager.GetStringAsync("/api/forms/authz-deals/records/export.csv");

        Assert.Equal(AuthorizationFixture.SecretOfA, record!["data"]![AuthzForms.Secret]!.GetValue<string>());
        Assert.Contains("Secret note", export.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(AuthorizationFixture.SecretOfA, export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_submissions_do_not_show_the_secret()
    {
        var mine = await fixture.Client(AuthzUsers.PartnerUserA).GetFromJsonAsync<JsonArray>("/api/records/mine");

        var deal = Assert.Single(mine!, r => r!["id"]!.GetValue<string>() == fixture.DealOfA.ToString())!;
        Assert.False(deal["data"]!.AsObject().ContainsKey(AuthzForms.Secret));
        Assert.DoesNotContain(AuthorizationFixture.SecretOfA, mine!.ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> PartnerAUsers() => [.. AuthzUsers.OfPartnerA];

    [Theory]
    [MemberData(nameof(PartnerAUsers))]
    public async Task The_hidden_screening_score_is_absent_from_profile_reads_and_pickers(string user)
    {
        var client = fixture.Client(user);

        var profile = await client.GetFromJsonAsync<JsonObject>($"/api/records/{fixture.PartnerA}");
        var partners = await client.GetStringAsync("/api/partners");
        var search = await client.GetFromJsonAsync<JsonArray>("/api/forms/authz-deals/fields/partner/link-search");
        var byScore = await client.GetFromJsonAsync<JsonArray>($"/api/forms/authz-deals/fields/partner/link-search?q={ScoreOfA}");
        var related = await (await client.PostAsJsonAsync("/api/forms/authz-deals/fields/partnerScores/related", new JsonObject())).ReadJsonAsync();
        var scores = await (await client.PostAsJsonAsync("/api/forms/authz-deals/fields/scorePick/options", new JsonObject())).ReadJsonAsync();

        Assert.False(profile!["data"]!.AsObject().ContainsKey("screeningScore"));
        Assert.DoesNotContain("screeningScore", partners, StringComparison.Ordinal);
        var own = Assert.Single(search!)!;
        Assert.Equal(fixture.PartnerA.ToString(), own["id"]!.GetValue<string>());
        // The id is random and may contain the digits by chance: only the shown values must not.
        Assert.All(own.AsObject().Where(p => p.Key != "id"), p => Assert.DoesNotContain(ScoreOfA, p.Value?.ToJsonString() ?? "", StringComparison.Ordinal));
        // Searching by the hidden value must not work either: it would reveal the value one guess at a time.
        Assert.Empty(byScore!);
        Assert.DoesNotContain(related["columns"]!.AsArray(), c => c!["key"]!.GetValue<string>() == "screeningScore");
        Assert.All(related["rows"]!.AsArray(), row => Assert.False(row!.AsObject().ContainsKey("screeningScore")));
        Assert.Single(related["rows"]!.AsArray());
        Assert.Empty(scores.AsArray());
    }

    [Fact]
    public async Task An_admin_gets_the_screening_score_through_the_same_pickers()
    {
        var admin = fixture.Client(AuthzUsers.Admin);

        var byScore = await admin.GetFromJsonAsync<JsonArray>($"/api/forms/authz-deals/fields/partner/link-search?q={ScoreOfA}");
        var related = await (await admin.PostAsJsonAsync("/api/forms/authz-deals/fields/partnerScores/related", new JsonObject())).ReadJsonAsync();
        var scores = await (await admin.PostAsJsonAsync("/api/forms/authz-deals/fields/scorePick/options", new JsonObject())).ReadJsonAsync();

        Assert.Contains(byScore!, item => item!["id"]!.GetValue<string>() == fixture.PartnerA.ToString());
        Assert.Contains(related["columns"]!.AsArray(), c => c!["key"]!.GetValue<string>() == "screeningScore");
        Assert.Contains(scores.AsArray(), o => o!["id"]!.GetValue<string>() == ScoreOfA);
    }

    /// <summary>A link stores its target's display value as the name; when that field is hidden from the submitter it must not.</summary>
    [Fact]
    public async Task A_link_does_not_store_a_display_value_hidden_from_the_submitter()
    {
        var admin = fixture.Client(AuthzUsers.Admin);
        var data = new JsonObject { ["title"] = "link by score", ["partnerByScore"] = new JsonObject { ["id"] = fixture.PartnerA.ToString() } };

        var bySubmitter = await fixture.Client(AuthzUsers.PartnerUserA).SubmitAsync(AuthzForms.Deals, data);
        var byAdmin = await admin.SubmitAsync(AuthzForms.Deals, data);

        var submitted = await fixture.Client(AuthzUsers.PartnerUserA).GetFromJsonAsync<JsonObject>($"/api/records/{bySubmitter}");
        Assert.Equal(fixture.PartnerA.ToString(), submitted!["data"]!["partnerByScore"]!["name"]!.GetValue<string>());
        var stored = await admin.GetFromJsonAsync<JsonObject>($"/api/records/{byAdmin}");
        Assert.Equal(ScoreOfA, stored!["data"]!["partnerByScore"]!["name"]!.GetValue<string>());
    }
}
