using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities;

/// <summary>
/// The payload shapes of bookmarks the Application layer acts on, told apart by <c>kind</c>:
/// <c>{ kind: "timer", dueAt }</c> (resume when due, with an empty input),
/// <c>{ kind: "event", eventName }</c> (resume with the event payload as the input),
/// <c>{ kind: "task", taskId, taskName }</c> (resume with <c>{ result }</c> when the task completes).
/// </summary>
public static class BookmarkPayloads
{
    public const string KindProperty = "kind";
    public const string TimerKind = "timer";
    public const string EventKind = "event";
    public const string TaskKind = "task";

    /// <summary><c>{ kind: "timer", dueAt: "&lt;ISO-8601 UTC&gt;" }</c>.</summary>
    public static JsonObject Timer(DateTimeOffset dueAt) => new()
    {
        [KindProperty] = TimerKind,
        ["dueAt"] = dueAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
    };

    public static JsonObject Event(string eventName) => new() { [KindProperty] = EventKind, ["eventName"] = eventName };

    public static JsonObject Task(Guid taskId, string taskName) =>
        new() { [KindProperty] = TaskKind, ["taskId"] = taskId.ToString(), ["taskName"] = taskName };

    /// <summary>The payload's kind (<see cref="TimerKind"/>, <see cref="EventKind"/>, <see cref="TaskKind"/>…), or null.</summary>
    public static string? KindOf(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return JsonScalars.TryGetString(payload[KindProperty], out var kind) ? kind : null;
    }

    /// <summary>When a timer bookmark is due; false for any other payload.</summary>
    public static bool TryGetDueAt(JsonObject payload, out DateTimeOffset dueAt)
    {
        ArgumentNullException.ThrowIfNull(payload);
        dueAt = default;
        return KindOf(payload) == TimerKind && JsonScalars.TryGetString(payload["dueAt"], out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out dueAt);
    }
}
