namespace FlowChannel.Channel.Leads;

/// <summary>
/// Settings shared by all rules: how many premium leads one partner may receive per period, and how long a partner
/// has to accept an assignment before it expires and the lead is reassigned.
/// </summary>
public sealed record AllocationSettings(int PremiumCapPerPeriod, TimeSpan AcceptWithin);
