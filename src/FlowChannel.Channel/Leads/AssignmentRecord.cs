namespace FlowChannel.Channel.Leads;

/// <summary>An earlier assignment of the same lead, as stored; a pending one past its accept-by time counts as expired.</summary>
public sealed record AssignmentRecord(string PartnerId, DateTimeOffset AssignedAt, DateTimeOffset AcceptBy, AssignmentState State);

/// <summary>Where an assignment stands.</summary>
public enum AssignmentState
{
    Pending,
    Accepted,
    Declined,
    Expired,
}
