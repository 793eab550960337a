using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Workflows.HostAnswers;
using FlowChannel.Channel.Common;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Channel;
using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Channel;

/// <summary>
/// Answers one channel activity's bookmark: reads the figures as the system (no permission applies: the workflow
/// computes for every partner), runs the domain engine and says what to write. A rule the engine refuses (say, a
/// broken tier table) is answered as an error for the activity to fault with, naming where it is.
/// </summary>
public abstract class ChannelAnswerHandler : IHostAnsweredBookmarkHandler
{
    public abstract string ActivityType { get; }

    public async Task<JsonObject> AnswerAsync(WorkflowInstance instance, Bookmark bookmark, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        var inputs = bookmark.Payload["inputs"] as JsonObject ?? [];
        var now = DateTime.TryParse((string?)bookmark.Payload["now"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : DateTime.UtcNow;
        try
        {
            return (await AnswerAsync(new ChannelRequest(inputs, now), ct)).ToJson();
        }
        catch (RuleException e)
        {
            return ChannelAnswer.Failed(e.Message);
        }
        catch (ChannelInputException e)
        {
            return ChannelAnswer.Failed(e.Message);
        }
    }

    protected abstract Task<ChannelAnswer> AnswerAsync(ChannelRequest request, CancellationToken ct);
}

/// <summary>The evaluated inputs of a channel activity and the workflow's time when it ran.</summary>
public sealed record ChannelRequest(JsonObject Inputs, DateTime Now)
{
    public string? Text(string name) => Inputs[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    public string RequiredText(string name) => Text(name) ?? throw new ChannelInputException(name, "is required.");

    public Guid RequiredId(string name) => Guid.TryParse(RequiredText(name), out var id)
        ? id : throw new ChannelInputException(name, $"'{Text(name)}' is not a record id.");

    public int WholeNumber(string name, int fallback) => Text(name) is not { } text ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0 ? number
        : throw new ChannelInputException(name, $"'{text}' is not a whole number of at least 0.");
}

/// <summary>An input of a channel activity that cannot be used; the message names it.</summary>
public sealed class ChannelInputException(string input, string message) : Exception($"input '{input}' {message}");
