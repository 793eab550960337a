using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Api.WorkflowInstances.InstanceWorkflows;

namespace FlowChannel.Web.Tests.Api.WorkflowInstances;

/// <summary><c>GET /api/workflow-instances</c>: filters, paging and who may list, on a real host.</summary>
public sealed class WorkflowInstanceListTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Url = "/api/workflow-instances?definitionId=list-mixed";

    [Fact]
    public async Task Filters_by_definition_status_sub_status_and_correlation_id_and_pages_with_the_total()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        await ImportAsync(admin, Definition("list-mixed", 1,
            [Script("call", "if (getInput('fail')) { throw new Error('boom'); }"), Event("wait", "list.go")],
            [Connect("call", "wait")]));
        await ImportAsync(admin, Definition("list-other", 1, [Event("wait", "list.other")], []));
        foreach (var (correlation, fail) in new[] { ("w1", false), ("f1", true), ("w2", false), ("f2", true), ("w3", false) })
        {
            await StartAsync(admin, "list-mixed", correlation, new { fail });
        }
        await StartAsync(admin, "list-other", "o1");

        var all = await ListAsync(manager, "");
        Assert.Equal(5, (int)all["total"]!);
        Assert.Equal(["w3", "f2", "w2", "f1", "w1"], Items(all).Select(i => (string)i["correlationId"]!));
        var faulted = await ListAsync(manager, "&subStatus=faulted");
        Assert.Equal(2, (int)faulted["total"]!);
        Assert.All(Items(faulted), i => Assert.Equal(("Finished", "Faulted"), ((string?)i["status"], (string?)i["subStatus"])));
        Assert.Equal(3, (int)(await ListAsync(manager, "&status=Running"))["total"]!);
        Assert.Equal("w2", (string?)Assert.Single(Items(await ListAsync(manager, "&correlationId=w2")))["correlationId"]);

        var pages = new[] { 1, 2, 3 }.Select(p => ListAsync(manager, $"&pageSize=2&page={p}")).ToArray();
        var seen = (await Task.WhenAll(pages)).Select(page => (Total: (int)page["total"]!, Ids: Items(page).Select(i => (string)i["id"]!).ToList())).ToList();
        Assert.Equal([2, 2, 1], seen.Select(p => p.Ids.Count));
        Assert.All(seen, p => Assert.Equal(5, p.Total));
        Assert.Equal(Items(all).Select(i => (string)i["id"]!), seen.SelectMany(p => p.Ids));
    }

    [Fact]
    public async Task Unknown_filters_are_refused_by_name_and_people_who_are_not_staff_get_403()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);

        var refused = await admin.GetAsync(Url + "&subStatus=Broken&pageSize=0");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var paths = (await refused.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string)e!["path"]!);
        Assert.Equal(["pageSize", "subStatus"], paths.Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync(Url)).StatusCode);
    }

    private static async Task<JsonObject> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonObject>(Url + query))!;

    private static IEnumerable<JsonNode> Items(JsonObject page) => page["items"]!.AsArray().Select(i => i!);
}
