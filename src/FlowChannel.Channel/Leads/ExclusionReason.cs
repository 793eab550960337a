namespace FlowChannel.Channel.Leads;

/// <summary>Why a candidate could not receive a lead under a rule; a candidate may have several.</summary>
public enum ExclusionReason
{
    Inactive,
    TierNotAllowed,
    NoRegionOrIndustryMatch,
    AtCapacity,
    OnCreditHold,

    /// <summary>A weighted picker cannot pick a partner whose contribution weight is zero or negative.</summary>
    NoWeight,

    /// <summary>Premium leads go to core and strategic partners only.</summary>
    NotPremiumTier,
    PremiumCapReached,
    DeclinedThisLead,
    LetThisLeadExpire,
}
