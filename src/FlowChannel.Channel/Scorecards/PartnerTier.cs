namespace FlowChannel.Channel.Scorecards;

/// <summary>The three tiers of domain.md (分层管理), ordered so that a higher value is a better tier.</summary>
public enum PartnerTier
{
    Ordinary = 0,
    Strategic = 1,
    Core = 2,
}
