using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Timers;

/// <summary><c>Elsa.Timer</c>, <c>Elsa.Cron</c> and <c>Elsa.StartAt</c> reached in the middle of a flow.</summary>
public sealed class TimerActivityTests
{
    private static WorkflowDefinition AfterLine(string type, string input) => Read(
        $$"""{{WriteLine("before", "before")}}, {{Activity("timer", type, input)}}, {{WriteLine("after", "after")}}""",
        $"{Connection("before", "timer")}, {Connection("timer", "after")}");

    private static string DueAt(WorkflowRunResult result) =>
        Assert.Single(result.CreatedBookmarks).Payload["dueAt"]!.GetValue<string>();

    [Fact]
    public void Cron_waits_for_the_next_occurrence_after_now()
    {
        // Now is Saturday 2025-03-01 01:00 UTC; the next Monday 09:00 UTC is 3 March.
        var result = WorkflowHarness.Start(AfterLine("Elsa.Cron", Input("cronExpression", "Literal", "0 0 9 * * MON")));

        Assert.Equal(WorkflowSubStatus.Suspended, result.State.SubStatus);
        Assert.Equal("timer", Assert.Single(result.CreatedBookmarks).Payload["kind"]!.GetValue<string>());
        Assert.Equal("2025-03-03T09:00:00.0000000Z", DueAt(result));
    }

    [Fact]
    public void Cron_occurrence_equal_to_now_is_not_taken()
    {
        var result = WorkflowHarness.Start(AfterLine("Elsa.Cron", Input("cronExpression", "Literal", "0 0 1 * * *")));

        Assert.Equal("2025-03-02T01:00:00.0000000Z", DueAt(result));
    }

    [Fact]
    public void Timer_waits_one_interval()
    {
        var result = WorkflowHarness.Start(AfterLine("Elsa.Timer", Input("interval", "Literal", "01:30:00", "TimeSpan")));

        Assert.Equal("2025-03-01T02:30:00.0000000Z", DueAt(result));
    }

    [Fact]
    public void StartAt_in_the_future_waits_until_then()
    {
        var result = WorkflowHarness.Start(AfterLine("Elsa.StartAt", Input("dateTime", "Literal", "2025-03-01T12:00:00+08:00", "DateTimeOffset")));

        Assert.Equal("2025-03-01T04:00:00.0000000Z", DueAt(result));
    }

    [Fact]
    public void StartAt_in_the_past_completes_immediately()
    {
        var result = WorkflowHarness.Start(AfterLine("Elsa.StartAt", Input("dateTime", "Literal", "2025-02-28T00:00:00Z", "DateTimeOffset")));

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Empty(result.CreatedBookmarks);
        Assert.Equal(["before", "after"], WorkflowHarness.Lines(result.State));
    }

    [Fact]
    public void Resumed_timer_completes_and_the_flow_goes_on()
    {
        var definition = AfterLine("Elsa.Cron", Input("cronExpression", "Literal", "0 */5 * * * *"));
        var suspended = WorkflowHarness.Start(definition);

        var result = WorkflowHarness.Resume(definition, suspended.State, suspended.CreatedBookmarks[0], []);

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Equal(["before", "after"], WorkflowHarness.Lines(result.State));
    }

    [Fact]
    public void Invalid_literal_cron_is_reported_at_import_with_its_pointer()
    {
        var result = ElsaJsonReader.Read(Json(Activity("cron", "Elsa.Cron", Input("cronExpression", "Literal", "0 9 * * MON")), ""), Registry);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/root/activities/0/cronExpression", error.Pointer);
        Assert.StartsWith("Elsa.Cron: '0 9 * * MON' is not a valid cron expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_computed_cron_faults_with_a_clear_message()
    {
        var result = WorkflowHarness.Start(AfterLine("Elsa.Cron", Input("cronExpression", "JavaScript", "'every monday'")));

        Assert.Equal(WorkflowSubStatus.Faulted, result.State.SubStatus);
        var incident = Assert.Single(result.State.Incidents);
        Assert.Equal(("timer", "Elsa.Cron"), (incident.ActivityId, incident.ActivityType));
        Assert.StartsWith("Elsa.Cron: 'every monday' is not a valid cron expression (six fields, seconds first, UTC)", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cron_that_never_fires_faults()
    {
        var result = WorkflowHarness.Start(AfterLine("Elsa.Cron", Input("cronExpression", "JavaScript", "'0 0 0 30 2 *'")));

        Assert.Contains("never fires", Assert.Single(result.State.Incidents).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Elsa.Timer", "interval", "00:00:00", "longer than zero")]
    [InlineData("Elsa.Timer", "interval", "often", "'often' is not a duration")]
    [InlineData("Elsa.Timer", "interval", "25:00:00", "'25:00:00' is not a duration")]
    [InlineData("Elsa.Cron", "cronExpression", "* * * * * * *", "'* * * * * * *' is not a valid cron expression")]
    [InlineData("Elsa.StartAt", "dateTime", "tomorrow", "'tomorrow' is not a date and time")]
    public void Bad_literal_schedules_are_reported_at_import(string type, string input, string value, string message)
    {
        var result = ElsaJsonReader.Read(Json(Activity("t", type, Input(input, "Literal", value)), ""), Registry);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"/root/activities/0/{input}", error.Pointer);
        Assert.StartsWith(type, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
