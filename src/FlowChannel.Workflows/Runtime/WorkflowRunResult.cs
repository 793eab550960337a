using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// The outcome of one step (start or resume): the new state, the bookmarks created in this step that are still open,
/// and the side effects the caller must apply in the same transaction that saves <see cref="State"/>.
/// </summary>
public sealed class WorkflowRunResult
{
    internal WorkflowRunResult(WorkflowInstanceState state, IReadOnlyList<Bookmark> createdBookmarks, IReadOnlyList<WorkflowEffect> effects)
    {
        State = state;
        CreatedBookmarks = createdBookmarks;
        Effects = effects;
    }

    public WorkflowInstanceState State { get; }

    public IReadOnlyList<Bookmark> CreatedBookmarks { get; }

    public IReadOnlyList<WorkflowEffect> Effects { get; }
}
