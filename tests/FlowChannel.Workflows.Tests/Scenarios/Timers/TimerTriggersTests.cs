using FlowChannel.Workflows.Activities.Scheduling;
using static FlowChannel.Workflows.Tests.Flowcharts;

namespace FlowChannel.Workflows.Tests.Scenarios.Timers;

public sealed class TimerTriggersTests
{
    private const string CanStart = """ "customProperties": { "canStartWorkflow": true }""";

    private static readonly DateTimeOffset After = new(2025, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private static readonly WorkflowDefinition Definition = Read(
        $$"""
        {{Activity("hourly", "Elsa.Timer", $"{Input("interval", "Literal", "01:00:00", "TimeSpan")}, {CanStart}")}},
        {{Activity("monday", "Elsa.Cron", $"{Input("cronExpression", "Literal", "0 0 9 * * MON")}, {CanStart}")}},
        {{Activity("launch", "Elsa.StartAt", $"{Input("dateTime", "Literal", "2025-04-01T00:00:00Z", "DateTimeOffset")}, {CanStart}")}},
        {{Activity("past", "Elsa.StartAt", $"{Input("dateTime", "Literal", "2025-01-01T00:00:00Z", "DateTimeOffset")}, {CanStart}")}},
        {{Activity("midflow", "Elsa.Cron", Input("cronExpression", "Literal", "0 0 * * * *"))}},
        {{WriteLine("say", "fired")}}
        """,
        $"{Connection("hourly", "say")}, {Connection("monday", "say")}, {Connection("launch", "say")}, {Connection("past", "say")}");

    [Fact]
    public void Only_timers_that_can_start_the_workflow_are_triggers()
    {
        var triggers = TimerTriggers.Find(Definition);

        Assert.Equal(["hourly", "monday", "launch", "past"], triggers.Select(t => t.ActivityId));
        Assert.Equal(new TimerTrigger("monday", "Elsa.Cron", new CronSchedule("0 0 9 * * MON")), triggers[1]);
        Assert.Equal(new IntervalSchedule(TimeSpan.FromHours(1)), triggers[0].Schedule);
    }

    [Fact]
    public void Next_fire_times_follow_each_schedule_and_skip_past_instants()
    {
        var fires = TimerTriggers.NextFireTimes(Definition, After);

        Assert.Equal(
            [
                new TimerFireTime("hourly", new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.Zero)),
                new TimerFireTime("monday", new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero)),
                new TimerFireTime("launch", new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero)),
            ],
            fires);
    }

    [Fact]
    public void Cron_fire_time_counts_from_the_previous_fire()
    {
        var fires = TimerTriggers.NextFireTimes(Definition, new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero), fires.Single(f => f.ActivityId == "monday").DueAt);
    }

    [Fact]
    public void Instance_started_by_a_timer_trigger_does_not_wait_again()
    {
        var result = WorkflowHarness.Start(Definition, trigger: "monday");

        Assert.Equal(WorkflowSubStatus.Finished, result.State.SubStatus);
        Assert.Empty(result.CreatedBookmarks);
        Assert.Equal(["fired"], WorkflowHarness.Lines(result.State));
    }

    [Fact]
    public void Trigger_reached_again_in_a_loop_waits_for_its_next_fire()
    {
        var definition = Read(
            $"{Activity("cron", "Elsa.Cron", $"{Input("cronExpression", "Literal", "0 0 9 * * *")}, {CanStart}")}, {WriteLine("say", "fired")}",
            $"{Connection("cron", "say")}, {Connection("say", "cron")}");

        var result = WorkflowHarness.Start(definition, trigger: "cron");

        Assert.Equal(["fired"], WorkflowHarness.Lines(result.State));
        var bookmark = Assert.Single(result.CreatedBookmarks);
        Assert.Equal(("cron", "2025-03-01T09:00:00.0000000Z"), (bookmark.ActivityId, bookmark.Payload["dueAt"]!.GetValue<string>()));
    }

    [Fact]
    public void Timer_trigger_with_a_computed_schedule_is_refused_at_import()
    {
        var json = Json(Activity("t", "Elsa.Cron", $"{Input("cronExpression", "JavaScript", "'0 0 9 * * MON'")}, {CanStart}"), "");

        var error = Assert.Single(ElsaJsonReader.Read(json, Registry).Errors);

        Assert.Equal("/root/activities/0/cronExpression", error.Pointer);
        Assert.Contains("must be a literal", error.Message, StringComparison.Ordinal);
    }
}
