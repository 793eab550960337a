namespace FlowChannel.Workflows.Tests;

/// <summary>A runner with default limits and a fixed clock, and shortcuts to start and resume instances.</summary>
internal static class WorkflowHarness
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static WorkflowRunner Runner { get; } = new(Flowcharts.Registry, ExpressionLimits.Default);

    public static WorkflowRunResult Start(WorkflowDefinition definition, JsonObject? input = null, string? trigger = null) =>
        Runner.Start(definition, new StartWorkflowRequest(Guid.NewGuid().ToString("N"), input ?? [], Now) { TriggerActivityId = trigger });

    public static WorkflowRunResult Resume(WorkflowDefinition definition, WorkflowInstanceState state, Bookmark bookmark, JsonObject input) =>
        Runner.Resume(definition, state, bookmark.Id, input, Now.AddMinutes(5));

    /// <summary>The ids of activities that completed, in order.</summary>
    public static List<string> Completed(WorkflowInstanceState state) =>
        [.. state.Journal.Where(e => e.Status == ActivityStatus.Completed).Select(e => e.ActivityId)];

    /// <summary>The WriteLine texts, in order.</summary>
    public static List<string?> Lines(WorkflowInstanceState state) =>
        [.. state.Journal.Where(e => e.ActivityType == "Elsa.WriteLine").Select(e => e.Message)];
}
