using FlowChannel.Workflows.Activities.Records;

namespace FlowChannel.Workflows.Tests.Scenarios.Records;

public sealed class QueryRecordsTests
{
    private static readonly WorkflowDefinition Definition = ScenarioFiles.Read("Records", "core-partners.json");

    private static WorkflowRunResult Start(JsonObject input) => WorkflowHarness.Start(Definition, input);

    private static JsonObject Answer(params string[] names) => new()
    {
        ["records"] = new JsonArray([.. names.Select(n => (JsonNode)new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["data"] = new JsonObject { ["companyName"] = n } })]),
    };

    [Fact]
    public void It_waits_on_a_bookmark_that_describes_the_query()
    {
        var result = Start(new JsonObject { ["province"] = "zhejiang", ["minScore"] = 80 });

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal(QueryRecordsActivity.Type, bookmark.ActivityType);
        var query = RecordQuery.FromPayload(bookmark.Payload)!;
        Assert.Equal("partner-profile", query.FormId);
        Assert.Equal([("tier", "eq"), ("province", "eq"), ("screeningScore", "gte")], query.Filters.Select(f => (f.Field, f.Operator)));
        Assert.Equal(["core", "zhejiang", "80"], query.Filters.Select(f => f.Value!.ToString()));
        Assert.Equal("screeningScore", query.OrderBy);
        Assert.True(query.Descending);
        Assert.Equal(RecordQuery.DefaultLimit, query.Limit);
        Assert.Equal("query", (string?)bookmark.Payload["kind"]);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(50_000, RecordQuery.MaxLimit)]
    public void The_limit_is_held_to_the_cap(int asked, int used)
    {
        var bookmark = Assert.Single(Start(new JsonObject { ["limit"] = asked }).CreatedBookmarks);

        Assert.Equal(used, RecordQuery.FromPayload(bookmark.Payload)!.Limit);
    }

    [Fact]
    public void Resumed_with_records_it_sets_records_and_count_and_goes_on()
    {
        var suspended = Start(new JsonObject { ["province"] = "zhejiang" });

        var result = WorkflowHarness.Resume(Definition, suspended.State, suspended.CreatedBookmarks[0], Answer("杭州西湖医疗器械有限公司", "华东智联科技有限公司"));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(2, result.State.Variables["Count"]!.GetValue<long>());
        Assert.Equal(["2 core partner(s), first 杭州西湖医疗器械有限公司"], WorkflowHarness.Lines(result.State));
    }

    [Fact]
    public void Resumed_with_an_error_it_faults_naming_the_activity()
    {
        var suspended = Start([]);

        var result = WorkflowHarness.Resume(Definition, suspended.State, suspended.CreatedBookmarks[0],
            new JsonObject { ["error"] = "input 'formId': there is no published form 'partner-profile'." });

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("query", incident.ActivityId);
        Assert.Equal("FlowChannel.QueryRecords 'CorePartners' (query): input 'formId': there is no published form 'partner-profile'.", incident.Message);
    }

    [Theory]
    [InlineData("""{ "amount": { "between": [1, 2] } }""", "filter", "unknown operator 'between'")]
    [InlineData("""[1, 2]""", "filter", "expected an object")]
    public void A_bad_filter_faults_before_waiting_naming_the_input(string filter, string input, string message)
    {
        var result = WorkflowHarness.Start(Flowcharts.Read(Flowcharts.Activity("q", QueryRecordsActivity.Type, string.Join(", ",
            Flowcharts.Input("formId", "Literal", "partner-profile"), Flowcharts.Input("filter", "Object", filter, "Object"))), string.Empty));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        Assert.Empty(result.State.Bookmarks);
        var incident = Assert.Single(result.State.Incidents).Message;
        Assert.Contains(input, incident, StringComparison.Ordinal);
        Assert.Contains(message, incident, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "limit", "at least 1")]
    [InlineData("lots", "limit", "not a number")]
    public void A_bad_limit_faults_naming_the_input(string limit, string input, string message)
    {
        var result = WorkflowHarness.Start(Flowcharts.Read(Flowcharts.Activity("q", QueryRecordsActivity.Type, string.Join(", ",
            Flowcharts.Input("formId", "Literal", "partner-profile"), Flowcharts.Input("limit", "Literal", limit))), string.Empty));

        var incident = Assert.Single(result.State.Incidents).Message;
        Assert.Contains($"FlowChannel.QueryRecords 'q', input '{input}'", incident, StringComparison.Ordinal);
        Assert.Contains(message, incident, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_order_the_newest_come_first()
    {
        var result = WorkflowHarness.Start(Flowcharts.Read(Flowcharts.Activity("q", QueryRecordsActivity.Type, Flowcharts.Input("formId", "Literal", "partner-profile")), string.Empty));

        var query = RecordQuery.FromPayload(Assert.Single(result.CreatedBookmarks).Payload)!;
        Assert.Equal((RecordQuery.CreatedAt, true, 0), (query.OrderBy, query.Descending, query.Filters.Count));
    }
}
