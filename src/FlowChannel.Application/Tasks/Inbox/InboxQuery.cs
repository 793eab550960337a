namespace FlowChannel.Application.Tasks.Inbox;

/// <summary>The tabs of the inbox (工作台).</summary>
public static class InboxTabs
{
    /// <summary>待办: open tasks the caller may act on.</summary>
    public const string Todo = "todo";

    /// <summary>我发起的: records the caller submitted that started a flow.</summary>
    public const string Started = "started";

    /// <summary>已办: tasks the caller completed.</summary>
    public const string Processed = "processed";

    /// <summary>抄送我: flows that copied the caller on a notification.</summary>
    public const string CopiedToMe = "cc";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Todo, Started, Processed, CopiedToMe };
}

/// <summary>One tab of the inbox, filtered, searched, sorted and paged. All filters are optional and combine.</summary>
public sealed record InboxQuery
{
    public string Tab { get; init; } = InboxTabs.Todo;
    public string? FormId { get; init; }
    public string? WorkflowId { get; init; }
    public string? SubmitterUserId { get; init; }
    public Guid? PartnerId { get; init; }

    /// <summary>Created on or after this instant (UTC).</summary>
    public DateTime? From { get; init; }

    /// <summary>Created before this instant (UTC).</summary>
    public DateTime? To { get; init; }

    /// <summary>Only open tasks past their due time.</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>Words looked for in the title.</summary>
    public string? Search { get; init; }

    /// <summary><c>due</c> (soonest first, no due time last) or <c>newest</c>; the to-do tab sorts by due time by default.</summary>
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

/// <summary>A row of the inbox: a task (to do or processed) or a flow (started by the caller, or copied to them).</summary>
public sealed class InboxItem
{
    public Guid? TaskId { get; init; }
    public string? InstanceId { get; init; }
    public Guid? RecordId { get; init; }
    public string? FormId { get; init; }
    public string? WorkflowId { get; init; }
    public Guid? PartnerId { get; init; }
    public string Title { get; set; } = "";
    public string? SubmitterUserId { get; init; }
    public string? SubmitterName { get; set; }

    /// <summary>A task's status (open, completed…) or a flow's record status (inReview, approved…).</summary>
    public string Status { get; init; } = "";
    public string? Outcome { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? DueAt { get; init; }

    /// <summary>What happens to an open task when its due time passes (Approve, Reject, Escalate); null when nothing does.</summary>
    public string? OverdueAction { get; init; }
    public DateTime? CompletedAt { get; init; }
    public bool Overdue { get; set; }
}

/// <summary>How many items each tab holds (unfiltered), and how many of the caller's open tasks are overdue.</summary>
public sealed record InboxCounts(int Todo, int Started, int Processed, int CopiedToMe, int Overdue);

public sealed record InboxPage(InboxCounts Counts, int Total, int Page, int PageSize, IReadOnlyList<InboxItem> Items);
