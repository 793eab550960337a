namespace FlowChannel.Channel.Leads;

/// <summary>The accept-within-SLA rule: a partner who neither accepts nor declines by the accept-by time loses the lead.</summary>
public static class LeadSla
{
    /// <summary>The accept-by time of an assignment made at <paramref name="assignedAt"/>.</summary>
    public static DateTimeOffset AcceptBy(DateTimeOffset assignedAt, AllocationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return assignedAt + settings.AcceptWithin;
    }

    /// <summary>The state at <paramref name="now"/>: pending turns expired once the accept-by time has passed (accepting at it is in time).</summary>
    public static AssignmentState StateAt(AssignmentRecord assignment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return assignment.State == AssignmentState.Pending && now > assignment.AcceptBy ? AssignmentState.Expired : assignment.State;
    }

    /// <summary>Whether the lead's latest assignment was declined or has expired, so the lead must go to someone else.</summary>
    public static bool NeedsReassignment(IReadOnlyList<AssignmentRecord> history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return false;
        }
        var latest = history.MaxBy(a => a.AssignedAt)!;
        return StateAt(latest, now) is AssignmentState.Declined or AssignmentState.Expired;
    }
}
