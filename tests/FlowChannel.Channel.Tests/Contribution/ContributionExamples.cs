using FlowChannel.Channel.Contribution;

namespace FlowChannel.Channel.Tests.Contribution;

/// <summary>
/// The worked example: sales weigh 0.5 against 1,000,000; market development 0.3 against 50 activities; service
/// 0.2 against 100 points; levels A ≥ 85 (×1.2), B ≥ 70 (×1.0), C otherwise (×0.8).
/// </summary>
internal static class ContributionExamples
{
    public static ContributionModel Model { get; } = new(
        new ContributionDimension(0.5m, 1_000_000m),
        new ContributionDimension(0.3m, 50m),
        new ContributionDimension(0.2m, 100m),
        [new ContributionLevel("A", 85m, 1.2m), new ContributionLevel("B", 70m, 1.0m), new ContributionLevel("C", 0m, 0.8m)],
        Version: 3);

    // P1: 100 (capped) · 0.5 + 90 · 0.3 + 95 · 0.2 = 96 → A, weighted 115.2
    public static ContributionActuals P1 { get; } = new("P1", 1_200_000m, 45m, 95m);

    // P2: 80 · 0.5 + 70 · 0.3 + 80 · 0.2 = 77 → B, weighted 77
    public static ContributionActuals P2 { get; } = new("P2", 800_000m, 35m, 80m);

    // P3: 30 · 0.5 + 20 · 0.3 + 60 · 0.2 = 33 → C, weighted 26.4
    public static ContributionActuals P3 { get; } = new("P3", 300_000m, 10m, 60m);

    public static ContributionActuals Idle { get; } = new("P4", 0m, 0m, 0m);
}
