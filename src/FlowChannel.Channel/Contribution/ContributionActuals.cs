namespace FlowChannel.Channel.Contribution;

/// <summary>
/// A partner's actuals for the period in each dimension's unit (sales in money, market development and service in
/// whatever the model's targets count: activities, points …). Negative actuals (returns above sales) score zero.
/// </summary>
public sealed record ContributionActuals(string PartnerId, decimal Sales, decimal MarketDevelopment, decimal Service);
