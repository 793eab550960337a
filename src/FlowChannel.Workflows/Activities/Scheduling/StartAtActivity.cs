using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary><c>Elsa.StartAt</c>: fires once at <c>dateTime</c>; in a flow it waits until then, or goes on at once if that has passed.</summary>
public sealed class StartAtActivity : TimerTriggerActivity
{
    public override string TypeName => "Elsa.StartAt";

    public override string InputName => "dateTime";

    protected override string InputTypeName => "DateTimeOffset";

    public override TimerSchedule? Parse(JsonNode? value, out string? problem) =>
        TimerValues.Instant(value, out problem) is { } at ? new InstantSchedule(at) : null;

    protected override ActivityResult WhenNeverDue(ActivityExecutionContext context) => ActivityResult.Done;
}
