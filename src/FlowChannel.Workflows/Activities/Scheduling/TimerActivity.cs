using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary><c>Elsa.Timer</c>: fires every <c>interval</c>; in a flow it waits one interval.</summary>
public sealed class TimerActivity : TimerTriggerActivity
{
    public override string TypeName => "Elsa.Timer";

    public override string InputName => "interval";

    protected override string InputTypeName => "TimeSpan";

    public override TimerSchedule? Parse(JsonNode? value, out string? problem)
    {
        var interval = TimerValues.Duration(value, out problem);
        if (interval is { } span && span <= TimeSpan.Zero)
        {
            // A trigger repeating every zero seconds would start instances without end.
            problem = $"the interval must be longer than zero, not '{span}'";
            return null;
        }

        return interval is { } positive ? new IntervalSchedule(positive) : null;
    }
}
