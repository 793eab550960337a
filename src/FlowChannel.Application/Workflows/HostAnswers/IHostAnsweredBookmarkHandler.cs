using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows.HostAnswers;

/// <summary>
/// Answers the bookmarks of one activity type at once, in the step's unit of work: the activity waits only because
/// the runtime may not do I/O, not because anything outside has to happen first (a database read, say).
/// </summary>
public interface IHostAnsweredBookmarkHandler
{
    /// <summary>The activity type whose bookmarks this handler answers, e.g. <c>FlowChannel.QueryRecords</c>.</summary>
    string ActivityType { get; }

    /// <summary>
    /// The input to resume the bookmark with. Problems the workflow's author must fix are answered as
    /// <c>{ error }</c> for the activity to fault with, never thrown.
    /// </summary>
    Task<JsonObject> AnswerAsync(WorkflowInstance instance, Bookmark bookmark, CancellationToken ct);
}
