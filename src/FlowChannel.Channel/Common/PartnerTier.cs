namespace FlowChannel.Channel.Common;

/// <summary>The three tiers of domain.md (分层管理: 核心 core, 战略 strategic, 普通 ordinary), ordered so that a higher value is a better tier.</summary>
public enum PartnerTier
{
    Ordinary = 0,
    Strategic = 1,
    Core = 2,
}
