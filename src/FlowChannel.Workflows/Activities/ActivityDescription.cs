namespace FlowChannel.Workflows.Activities;

/// <summary>How fault messages name the activity, so an incident read out of context still says where it happened.</summary>
internal static class ActivityDescription
{
    public static string Of(ActivityExecutionContext context) => context.Node.Name is { Length: > 0 } name
        ? $"{context.Node.Type} '{name}' ({context.ActivityId})"
        : $"{context.Node.Type} '{context.ActivityId}'";
}
