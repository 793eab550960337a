using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Workflows.HostAnswers;
using FlowChannel.Web.Tests.Durability;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Workflows;

/// <summary>
/// <c>FlowChannel.QueryRecords</c> answered by the host in the step that asked, over the sample partner profiles on a
/// real SQLite file: filters, order and limit; an unknown form or field faults naming the input; a loop of queries
/// is stopped at the chain cap.
/// </summary>
public sealed class QueryRecordsHostTests : IClassFixture<QueryRecordsHostTests.Host>
{
    private readonly Host _host;

    public QueryRecordsHostTests(Host host) => _host = host;

    [Fact]
    public async Task Filter_order_and_limit_pick_the_records_and_the_instance_finishes_in_the_same_request()
    {
        var instance = await RunAsync(new { filter = new { screeningScore = new { gte = 70 } }, orderBy = "screeningScore", limit = 2 });

        Assert.Equal("Finished", (string?)instance["subStatus"]);
        Assert.Equal(2, (int?)instance["variables"]!["Count"]);
        var partners = instance["variables"]!["Partners"]!.AsArray();
        Assert.Equal(["深圳前海云拓信息技术有限公司", "华东智联科技有限公司"], partners.Select(p => (string?)p!["data"]!["companyName"]));
        Assert.All(partners, p => Assert.Equal("partner-profile", (string?)p!["formId"]));
        Assert.True(Guid.TryParse((string?)partners[0]!["id"], out _));
        Assert.NotNull((string?)partners[0]!["createdAt"]);
        Assert.Empty(instance["bookmarks"]!.AsArray());
    }

    [Fact]
    public async Task Equals_and_contains_and_descending_order()
    {
        var instance = await RunAsync(new { filter = new { tier = "core", city = new { contains = "杭" } }, orderBy = "screeningScore", descending = true });

        Assert.Equal(["杭州西湖医疗器械有限公司"], instance["variables"]!["Partners"]!.AsArray().Select(p => (string?)p!["data"]!["companyName"]));
    }

    [Theory]
    [InlineData("""{ "formId": "no-such-form" }""", "input 'formId': there is no published form 'no-such-form'")]
    [InlineData("""{ "filter": { "colour": "red" } }""", "input 'filter': form 'partner-profile' has no field 'colour'")]
    [InlineData("""{ "orderBy": "colour" }""", "input 'orderBy': form 'partner-profile' has no field 'colour'")]
    public async Task Bad_input_faults_the_instance_naming_the_activity_and_input(string payload, string message)
    {
        var instance = await RunAsync(JsonNode.Parse(payload)!);

        Assert.Equal("Faulted", (string?)instance["subStatus"]);
        var incident = Assert.Single(instance["incidents"]!.AsArray())!;
        Assert.Equal("query", (string?)incident["activityId"]);
        Assert.Equal($"FlowChannel.QueryRecords 'query': {message}.", (string?)incident["message"]);
        Assert.Null(instance["variables"]!["Partners"]);
    }

    [Fact]
    public async Task A_loop_of_queries_is_answered_up_to_the_chain_cap_then_faulted()
    {
        var instance = await RunAsync(new { rounds = 1000 });

        Assert.Equal("Faulted", (string?)instance["subStatus"]);
        Assert.Equal(HostAnsweredBookmarks.MaxChain, (int?)instance["variables"]!["Rounds"]);
        Assert.Contains($"more than {HostAnsweredBookmarks.MaxChain} host-answered steps in a row", (string?)Assert.Single(instance["incidents"]!.AsArray())!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_few_rounds_under_the_cap_finish()
    {
        var instance = await RunAsync(new { rounds = 3, filter = new { tier = "ordinary" } });

        Assert.Equal("Finished", (string?)instance["subStatus"]);
        Assert.Equal(3, (int?)instance["variables"]!["Rounds"]);
        Assert.Equal(2, (int?)instance["variables"]!["Count"]);
    }

    private async Task<JsonObject> RunAsync(object payload)
    {
        var admin = await ApiClient.AdminAsync(_host.App);
        var started = await (await admin.PostAsJsonAsync("/api/events/partners.query/trigger", new { payload })).ReadJsonAsync();
        Assert.True(started["started"] is JsonArray, started.ToJsonString());
        var instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
        return (await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}"))!;
    }

    /// <summary>One host for the class: the tests only read the sample records.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-query-");

        public FlowChannelHost App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?> { ["FlowChannel:Scheduler:Enabled"] = "false" });
            _ = App.Server;
            await WorkflowDefinitions.PublishAsync(App, "partner-query.json", "Workflows");
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            _folder.Delete(recursive: true);
        }
    }
}
