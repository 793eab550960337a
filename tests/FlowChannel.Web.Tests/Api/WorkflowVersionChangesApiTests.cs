using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Web.Tests.Workflows.Versions;

namespace FlowChannel.Web.Tests.Api;

/// <summary>GET /api/workflow-definitions/{id}/versions/{version}/changes on a real host, and restoring an old version as the draft.</summary>
public sealed class WorkflowVersionChangesApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_draft_is_compared_with_the_published_version_and_the_first_version_lists_everything_as_added()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await PublishFirstAsync(admin, "changes-api");
        var draft = VersionSamples.Definition("changes-api");
        VersionSamples.Activity(draft, "manager")["mode"] = VersionSamples.Literal("String", "all");
        VersionSamples.Move(VersionSamples.Activity(draft, "done"), 700, 200);
        Assert.Equal(HttpStatusCode.OK, (await PutDraftAsync(admin, "changes-api", draft)).StatusCode);

        var changes = await GetAsync(admin, "/api/workflow-definitions/changes-api/versions/2/changes");
        var first = await GetAsync(admin, "/api/workflow-definitions/changes-api/versions/1/changes");

        Assert.Equal(1, (int?)changes["against"]);
        var manager = Assert.Single(changes["activities"]!.AsArray())!;
        Assert.Equal(("manager", "Changed"), ((string?)manager["id"], (string?)manager["kind"]));
        var mode = Assert.Single(manager["approvalSettings"]!.AsArray())!;
        Assert.Equal(("mode", "any", "all"), ((string?)mode["name"], (string?)mode["before"], (string?)mode["after"]));
        Assert.True((bool)changes["layoutChanged"]!);
        Assert.Null(first["against"]);
        Assert.Equal(["Added", "Added", "Added"], first["activities"]!.AsArray().Select(a => (string?)a!["kind"]));
    }

    [Fact]
    public async Task An_old_version_saved_again_as_the_draft_restores_it_and_then_nothing_differs()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await PublishFirstAsync(admin, "changes-restore");
        var second = VersionSamples.Definition("changes-restore");
        VersionSamples.Activities(second).RemoveAt(2);
        VersionSamples.Connections(second).RemoveAt(1);
        await PutDraftAsync(admin, "changes-restore", second);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/workflow-definitions/changes-restore/publish", null)).StatusCode);
        var removed = await GetAsync(admin, "/api/workflow-definitions/changes-restore/versions/2/changes");
        Assert.Equal("Removed", (string?)removed["activities"]![0]!["kind"]);

        // What the designer's "Open" then "Save draft" sends: version 1 as stored.
        var old = JsonNode.Parse(await admin.GetStringAsync("/api/workflow-definitions/changes-restore/export?version=1"))!.AsObject();
        await PutDraftAsync(admin, "changes-restore", old);

        var draft = JsonNode.Parse(await admin.GetStringAsync("/api/workflow-definitions/changes-restore/draft"))!;
        Assert.Equal((3, false), ((int)draft["version"]!, (bool)draft["isPublished"]!));
        Assert.Equal(3, draft["root"]!["activities"]!.AsArray().Count);
        var againstFirst = await GetAsync(admin, "/api/workflow-definitions/changes-restore/versions/3/changes?against=1");
        var againstPublished = await GetAsync(admin, "/api/workflow-definitions/changes-restore/versions/3/changes");
        Assert.True((bool)againstFirst["isEmpty"]!);
        Assert.Equal(2, (int?)againstPublished["against"]);
        Assert.Equal(("done", "Added"), ((string?)againstPublished["activities"]![0]!["id"], (string?)againstPublished["activities"]![0]!["kind"]));
    }

    [Fact]
    public async Task Unknown_versions_are_404_and_only_designers_and_administrators_may_compare()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await PublishFirstAsync(admin, "changes-guarded");
        var manager = await ApiClient.ManagerAsync(fixture.Host);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflow-definitions/changes-guarded/versions/9/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflow-definitions/changes-guarded/versions/1/changes?against=7")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflow-definitions/no-such-flow/versions/1/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/workflow-definitions/changes-guarded/versions/1/changes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/workflow-definitions/changes-guarded/versions")).StatusCode);
    }

    private static async Task PublishFirstAsync(HttpClient admin, string definitionId)
    {
        var imported = await admin.PostAsync("/api/workflow-definitions/import?publish=true",
            new StringContent(VersionSamples.Json(definitionId), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
    }

    private static Task<HttpResponseMessage> PutDraftAsync(HttpClient client, string definitionId, JsonObject json) =>
        client.PutAsync($"/api/workflow-definitions/{definitionId}/draft", new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"));

    private static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }
}
