using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>Unfinished submissions: saved without validation, private to their owner, consumed by the submission.</summary>
public sealed class RecordDraftTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Drafts = "/api/forms/partner-application/record-drafts";

    [Fact]
    public async Task Draft_is_saved_listed_read_and_updated_by_its_owner_only()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var created = await applicant.PostAsJsonAsync(Drafts, new { data = new { companyName = "草稿测试有限公司", teamSize = "not yet", bogus = 1 } });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        Assert.Equal(["bogus"], body["droppedKeys"]!.AsArray().Select(k => k!.GetValue<string>()));
        var draft = body["draft"]!;
        var id = draft["id"]!.GetValue<string>();
        Assert.Equal($"/api/record-drafts/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("草稿测试有限公司", draft["title"]!.GetValue<string>());
        Assert.Contains((await applicant.GetFromJsonAsync<JsonArray>("/api/record-drafts"))!, d => d!["id"]!.GetValue<string>() == id);

        var read = await applicant.GetFromJsonAsync<JsonObject>($"/api/record-drafts/{id}");
        Assert.Equal("not yet", read!["data"]!["teamSize"]!.GetValue<string>());
        Assert.False(read["data"]!.AsObject().ContainsKey("bogus"));
        var revision = read["revision"]!.GetValue<int>();

        var updated = await applicant.PutAsJsonAsync($"/api/record-drafts/{id}", new { data = new { companyName = "草稿测试有限公司", city = "苏州" }, baseRevision = revision });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(revision + 1, (await updated.ReadJsonAsync())["draft"]!["revision"]!.GetValue<int>());
        var reread = await applicant.GetFromJsonAsync<JsonObject>($"/api/record-drafts/{id}");
        Assert.Equal(revision + 1, reread!["revision"]!.GetValue<int>());
        Assert.Equal("苏州", reread["data"]!["city"]!.GetValue<string>());
        Assert.False(reread["data"]!.AsObject().ContainsKey("teamSize"));
        var stale = await applicant.PutAsJsonAsync($"/api/record-drafts/{id}", new { data = new { city = "无锡" }, baseRevision = revision });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        foreach (var other in new[] { await ApiClient.ManagerAsync(fixture.Host), await ApiClient.AdminAsync(fixture.Host) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/record-drafts/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/record-drafts/{id}", new { data = new { city = "X" } })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/record-drafts/{id}")).StatusCode);
            Assert.DoesNotContain((await other.GetFromJsonAsync<JsonArray>("/api/record-drafts"))!, d => d!["id"]!.GetValue<string>() == id);
        }
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/api/record-drafts/{id}")).StatusCode);
    }

    [Fact]
    public async Task Submitting_with_the_draft_id_deletes_the_draft()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var id = await CreateDraftAsync(applicant, "提交草稿有限公司");

        var submitted = await applicant.PostAsJsonAsync("/api/forms/partner-application/records", WithDraft(Applications.Strong("提交草稿有限公司"), id));

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/api/record-drafts/{id}")).StatusCode);
        Assert.DoesNotContain((await applicant.GetFromJsonAsync<JsonArray>("/api/record-drafts"))!, d => d!["id"]!.GetValue<string>() == id);
        // The same draft cannot be submitted a second time, e.g. from another tab.
        var again = await applicant.PostAsJsonAsync("/api/forms/partner-application/records", WithDraft(Applications.Strong("提交草稿有限公司"), id));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Invalid_submission_keeps_the_draft()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var id = await CreateDraftAsync(applicant, "无效提交有限公司");
        var body = Applications.Strong("无效提交有限公司");
        body["data"]!.AsObject().Remove("companyName");

        var response = await applicant.PostAsJsonAsync("/api/forms/partner-application/records", WithDraft(body, id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync($"/api/record-drafts/{id}")).StatusCode);
    }

    [Fact]
    public async Task Someone_elses_draft_cannot_be_submitted_and_the_owner_can_delete_it()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var id = await CreateDraftAsync(applicant, "删除草稿有限公司");
        var manager = await ApiClient.ManagerAsync(fixture.Host);

        var foreign = await manager.PostAsJsonAsync("/api/forms/partner-application/records", WithDraft(Applications.Strong("删除草稿有限公司"), id));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await applicant.DeleteAsync($"/api/record-drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/api/record-drafts/{id}")).StatusCode);
    }

    [Fact]
    public async Task Drafts_follow_the_forms_submit_permission_and_size_limit()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var profile = await applicant.PostAsJsonAsync("/api/forms/partner-profile/record-drafts", new { data = new { companyName = "X" } });
        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);

        var huge = await applicant.PostAsJsonAsync(Drafts, new { data = new { companyName = new string('x', 300 * 1024) } });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.PostAsJsonAsync("/api/forms/no-such-form/record-drafts", new { data = new { } })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.CreateClient().GetAsync("/api/record-drafts")).StatusCode);
    }

    private static async Task<string> CreateDraftAsync(HttpClient client, string company)
    {
        var created = await client.PostAsJsonAsync(Drafts, new { data = new { companyName = company } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync())["draft"]!["id"]!.GetValue<string>();
    }

    private static JsonObject WithDraft(JsonObject body, string draftId)
    {
        body["draftId"] = draftId;
        return body;
    }
}
