using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Effects;

/// <summary>
/// Notify users: <see cref="Recipients"/> and <see cref="Cc"/> are user ids, user names or email addresses, resolved
/// by the caller. Each person gets the <see cref="English"/> text when their culture is English and it is given, else
/// <see cref="Message"/>. Email copies are delivered with <see cref="IdempotencyKey"/> plus the user, so a retried step
/// sends each person one message.
/// </summary>
public sealed record NotifyEffect(
    string ActivityId,
    string IdempotencyKey,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Cc,
    NotifyChannels Channels,
    NotifyMessage Message,
    NotifyMessage? English) : WorkflowEffect(ActivityId)
{
    /// <summary>
    /// Set when the texts are templates over a record: the caller renders them again for each person with the record
    /// as that person may see it, so a field hidden from them never reaches them. <see cref="Message"/> and
    /// <see cref="English"/> are the texts rendered with the whole record (for the journal).
    /// </summary>
    public NotifyRecordTemplates? PerRecipient { get; init; }
}

/// <summary>
/// The notification's templates (<c>subject</c>, <c>body</c>, <c>subjectEn</c>, <c>bodyEn</c>; those written), the Liquid
/// names at the time (<see cref="Names"/>, without <c>Record</c>) and the record the workflow runs for, whose
/// <c>data</c> the caller redacts per person before rendering it as <c>Record</c>.
/// </summary>
public sealed record NotifyRecordTemplates(
    IReadOnlyDictionary<string, string> Templates,
    IReadOnlyDictionary<string, JsonNode?> Names,
    string FormId,
    JsonObject Record);

/// <summary>A rendered subject (one line) and body.</summary>
public sealed record NotifyMessage(string Subject, string Body);

/// <summary>Where a notification goes: the in-app inbox, email, or both.</summary>
[Flags]
public enum NotifyChannels
{
    None = 0,
    InApp = 1,
    Email = 2,
}
