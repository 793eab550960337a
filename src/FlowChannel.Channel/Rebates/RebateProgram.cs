namespace FlowChannel.Channel.Rebates;

/// <summary>
/// Retroactive (全额累进): the whole basis earns the reached tier's rate. Incremental (超额累进): each slice of
/// the basis earns its own tier's rate.
/// </summary>
public enum RebateMethod
{
    Retroactive,
    Incremental,
}

/// <summary>What the tiers are measured on: net sales (sales less returns) or collected payments (回款).</summary>
public enum RebateBasis
{
    Sales,
    Collections,
}

/// <summary>
/// A rebate program's rule as one version: statement lines carry <see cref="Id"/> and <see cref="Version"/> so a
/// partner can see which rule computed each payout. <see cref="Cap"/> limits what one period-to-date can earn.
/// </summary>
public sealed record RebateProgram(string Id, string Version, RebateTable Table, RebateMethod Method, RebateBasis Basis, decimal? Cap = null);
