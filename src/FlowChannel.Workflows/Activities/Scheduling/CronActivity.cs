using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Activities.Scheduling;

/// <summary><c>Elsa.Cron</c>: fires on <c>cronExpression</c> (six fields, seconds first, UTC); in a flow it waits for the next occurrence.</summary>
public sealed class CronActivity : TimerTriggerActivity
{
    public override string TypeName => "Elsa.Cron";

    public override string InputName => "cronExpression";

    protected override string InputTypeName => "String";

    public override TimerSchedule? Parse(JsonNode? value, out string? problem) => TimerValues.Cron(value, out problem);
}
