using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>The flow designer's draft over REST (GET/PUT /api/workflow-definitions/{id}/draft), on a real host.</summary>
public sealed class WorkflowDraftApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static string Draft(string definitionId, string name, string activities = "") => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "{{name}}", "version": 1,
          "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [{{activities}}], "connections": [] }
        }
        """;

    [Fact]
    public async Task Put_saves_a_draft_over_the_unpublished_version_and_get_returns_it()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var first = await (await Put(admin, "draft-api", Draft("draft-api", "First"))).ReadJsonAsync();
        var second = await (await Put(admin, "draft-api", Draft("draft-api", "Second",
            """{ "id": "hello", "type": "Elsa.WriteLine", "version": 1, "metadata": { "designer": { "position": { "x": 40, "y": 80 } } } }"""))).ReadJsonAsync();
        var read = JsonNode.Parse(await admin.GetStringAsync("/api/workflow-definitions/draft-api/draft"))!;

        Assert.Equal((1, false), ((int)first["version"]!, (bool)first["isPublished"]!));
        Assert.Equal(1, (int)second["version"]!);
        Assert.Equal("Second", (string?)read["name"]);
        Assert.Equal(80, (int)read["root"]!["activities"]![0]!["metadata"]!["designer"]!["position"]!["y"]!);
    }

    [Fact]
    public async Task Bad_json_and_a_definition_saved_under_another_id_are_422_with_pointers_and_store_nothing()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var broken = await Put(admin, "draft-bad", "{ \"definitionId\": \"draft-bad\", ");
        var elsewhere = await Put(admin, "draft-bad", Draft("draft-other", "Other"));
        var noRoot = await Put(admin, "draft-bad", """{ "id": "x", "definitionId": "draft-bad" }""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("line 1", (string?)(await broken.ReadJsonAsync())["errors"]![0]!["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
        Assert.Equal("/definitionId", (string?)(await elsewhere.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noRoot.StatusCode);
        Assert.Equal("/root", (string?)(await noRoot.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflow-definitions/draft-bad/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflow-definitions/draft-other/draft")).StatusCode);
    }

    [Fact]
    public async Task Only_designers_and_administrators_reach_the_draft()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await Put(admin, "draft-guarded", Draft("draft-guarded", "Guarded"));
        var manager = await ApiClient.ManagerAsync(fixture.Host);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/workflow-definitions/draft-guarded/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Put(manager, "draft-guarded", Draft("draft-guarded", "Taken"))).StatusCode);
        Assert.Equal("Guarded", (string?)JsonNode.Parse(await admin.GetStringAsync("/api/workflow-definitions/draft-guarded/draft"))!["name"]);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string definitionId, string json) =>
        client.PutAsync($"/api/workflow-definitions/{definitionId}/draft", new StringContent(json, Encoding.UTF8, "application/json"));
}
