using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows.HostAnswers;

/// <summary>
/// After each step, resumes at once any open bookmark a registered <see cref="IHostAnsweredBookmarkHandler"/>
/// answers, in the same unit of work, so the instance moves on as if the activity had not waited. Scoped: one per
/// unit of work.
/// </summary>
public sealed class HostAnsweredBookmarks(IEnumerable<IHostAnsweredBookmarkHandler> handlers)
{
    /// <summary>
    /// Answers in a row before the instance is faulted. Each answer resumes the instance, whose next step may wait on
    /// another such bookmark: a loop round a query would otherwise recurse without end inside one request.
    /// </summary>
    public const int MaxChain = 50;

    private readonly Dictionary<string, IHostAnsweredBookmarkHandler> _handlers =
        handlers.ToDictionary(h => h.ActivityType, StringComparer.OrdinalIgnoreCase);

    private int _depth;

    /// <summary>
    /// Answers one open bookmark of <paramref name="state"/>, if any is ours, through <paramref name="resume"/>, which
    /// resumes the instance's bookmark (by id) with an input and applies that step in turn.
    /// </summary>
    public async Task AnswerAsync(WorkflowInstance instance, WorkflowInstanceState state, Func<string, JsonObject, Task> resume, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(resume);
        // One at a time: the step that resumes it answers the next, so a bookmark a WaitAny join cancelled meanwhile
        // is never resumed.
        var bookmark = state.Bookmarks.Find(b => _handlers.ContainsKey(b.ActivityType));
        if (bookmark is null)
        {
            return;
        }

        _depth++;
        try
        {
            var answer = _depth > MaxChain
                ? new JsonObject { ["error"] = $"more than {MaxChain} host-answered steps in a row (a loop round '{bookmark.ActivityType}'?); the instance was stopped." }
                : await _handlers[bookmark.ActivityType].AnswerAsync(instance, bookmark, ct);
            await resume(bookmark.Id, answer);
        }
        finally
        {
            _depth--;
        }
    }
}
