using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Activities;

/// <summary>What an activity did: completed with outcomes, suspended on a bookmark, or faulted.</summary>
public sealed class ActivityResult
{
    public const string DoneOutcome = "Done";

    private ActivityResult(ActivityResultKind kind, IReadOnlyList<string> outcomes, JsonObject? payload, string? message, string? target = null)
    {
        Kind = kind;
        Outcomes = outcomes;
        BookmarkPayload = payload;
        FaultMessage = message;
        JumpTarget = target;
    }

    /// <summary>Completed with the default <c>Done</c> outcome.</summary>
    public static ActivityResult Done { get; } = new(ActivityResultKind.Completed, [DoneOutcome], null, null);

    public ActivityResultKind Kind { get; }

    public IReadOnlyList<string> Outcomes { get; }

    public JsonObject? BookmarkPayload { get; }

    public string? FaultMessage { get; }

    /// <summary>The activity a <see cref="ActivityResultKind.Jumped"/> result runs next.</summary>
    public string? JumpTarget { get; }

    public static ActivityResult Complete(params IReadOnlyList<string> outcomes) =>
        new(ActivityResultKind.Completed, outcomes, null, null);

    /// <summary>Waits: the runtime creates a bookmark carrying <paramref name="payload"/>.</summary>
    public static ActivityResult Suspend(JsonObject payload) => new(ActivityResultKind.Suspended, [], payload, null);

    /// <summary>
    /// Completes with <paramref name="outcome"/> (journaled) but runs <paramref name="activityId"/> next instead of
    /// following the outcome's connections: an approval sent back to an earlier step.
    /// </summary>
    public static ActivityResult JumpTo(string activityId, string outcome) =>
        new(ActivityResultKind.Jumped, [outcome], null, null, activityId);

    /// <summary>Faults the instance with an incident carrying <paramref name="message"/>.</summary>
    public static ActivityResult Fault(string message) => new(ActivityResultKind.Faulted, [], null, message);
}
