namespace FlowChannel.Channel.Leads;

/// <summary>The partner tiers of domain.md §1 (核心 core, 战略 strategic, 普通 ordinary).</summary>
public enum PartnerTier
{
    Core,
    Strategic,
    Ordinary,
}
