using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Timers;

public sealed class DelayTests
{
    // WorkflowHarness.Now is 2025-03-01 09:00 +08:00, that is 01:00 UTC.
    private static WorkflowDefinition DelayBetweenLines(string timeSpanInput) => Read(
        $$"""{{WriteLine("before", "before")}}, {{Activity("wait", "Elsa.Delay", timeSpanInput)}}, {{WriteLine("after", "after")}}""",
        $"{Connection("before", "wait")}, {Connection("wait", "after")}");

    [Fact]
    public void Delay_suspends_on_a_timer_bookmark_due_at_now_plus_the_delay()
    {
        var result = WorkflowHarness.Start(DelayBetweenLines(Input("timeSpan", "Literal", "00:05:00", "TimeSpan")));

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        Assert.Equal(["before"], WorkflowHarness.Lines(result.State));
        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal(("wait", "Elsa.Delay"), (bookmark.ActivityId, bookmark.ActivityType));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["kind"] = "timer", ["dueAt"] = "2025-03-01T01:05:00.0000000Z" }, bookmark.Payload));
        Assert.True(BookmarkPayloads.TryGetDueAt(bookmark.Payload, out var dueAt));
        Assert.Equal(WorkflowHarness.Now.AddMinutes(5), dueAt);
    }

    [Fact]
    public void Resumed_delay_completes_and_the_flow_goes_on()
    {
        var definition = DelayBetweenLines(Input("timeSpan", "Literal", "00:05:00", "TimeSpan"));
        var suspended = WorkflowHarness.Start(definition);

        var result = WorkflowHarness.Resume(definition, suspended.State, suspended.CreatedBookmarks[0], []);

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(["before", "after"], WorkflowHarness.Lines(result.State));
        Assert.Equal(["before", "wait", "after"], WorkflowHarness.Completed(result.State));
    }

    [Theory]
    [InlineData("\"PT1H30M\"", "2025-03-01T02:30:00.0000000Z")]
    [InlineData("\"1.00:00:00\"", "2025-03-02T01:00:00.0000000Z")]
    [InlineData("1500", "2025-03-01T01:00:01.5000000Z")]
    [InlineData("\"60000\"", "2025-03-01T01:01:00.0000000Z")]
    public void Delay_reads_iso_durations_days_and_milliseconds(string literal, string dueAt)
    {
        var input = $$"""
            "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": {{literal}} } }
            """;

        var bookmark = Assert.Single(WorkflowHarness.Start(DelayBetweenLines(input)).CreatedBookmarks);

        Assert.Equal(dueAt, bookmark.Payload["dueAt"]!.GetValue<string>());
    }

    [Fact]
    public void Delay_computed_by_a_script_is_used()
    {
        var result = WorkflowHarness.Start(DelayBetweenLines(Input("timeSpan", "JavaScript", "'00:00:' + (20 + 10)", "TimeSpan")));

        Assert.Equal("2025-03-01T01:00:30.0000000Z", Assert.Single(result.CreatedBookmarks).Payload["dueAt"]!.GetValue<string>());
    }

    [Fact]
    public void Literal_delay_that_is_not_a_duration_is_reported_at_import()
    {
        var result = ElsaJsonReader.Read(Json(Activity("wait", "Elsa.Delay", Input("timeSpan", "Literal", "five minutes", "TimeSpan")), ""), Registry);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/root/activities/0/timeSpan", error.Pointer);
        Assert.Contains("Elsa.Delay", error.Message, StringComparison.Ordinal);
        Assert.Contains("'five minutes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Computed_delay_that_is_not_a_duration_faults_naming_the_value()
    {
        var result = WorkflowHarness.Start(DelayBetweenLines(Input("timeSpan", "JavaScript", "'soon'", "TimeSpan")));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal("wait", incident.ActivityId);
        Assert.StartsWith("Elsa.Delay: 'soon' is not a duration", incident.Message, StringComparison.Ordinal);
        Assert.Empty(result.State.Bookmarks);
    }
}
