using FlowChannel.Channel.Rebates;

namespace FlowChannel.Channel.Tests.Rebates;

/// <summary>The tier table of domain.md's worked example: 0–1M at 2 %, 1M–3M at 3 %, 3M and above at 5 %.</summary>
internal static class DomainExample
{
    public static RebateTable Tiers { get; } = RebateTable.Create(
    [
        new RebateTier(0m, 1_000_000m, 0.02m),
        new RebateTier(1_000_000m, 3_000_000m, 0.03m),
        new RebateTier(3_000_000m, null, 0.05m),
    ]);

    public static RebateProgram Program(RebateMethod method, decimal? cap = null) =>
        new("annual-2026", "v1", Tiers, method, RebateBasis.Sales, cap);
}
