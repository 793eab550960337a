namespace FlowChannel.Channel.Leads;

/// <summary>
/// A lead from the pool waiting for a partner. <see cref="Region"/> and <see cref="Industry"/> are codes compared
/// without regard to case; a premium lead (优质线索) only goes to core or strategic partners, in rotation.
/// </summary>
public sealed record Lead(string LeadId, string? Region, string? Industry, bool IsPremium = false);
