namespace FlowChannel.Channel.Scorecards;

/// <summary>
/// One scorecard metric: its weight (the weights of a card add up to 1), the target that scores 100, the cap on
/// actual ÷ target (1.2 lets over-achievement count up to 120), and whether lower is better (DSO, overdue days).
/// </summary>
public sealed record ScoreMetric(string Key, decimal Weight, decimal Target, decimal Cap = 1.2m, bool LowerIsBetter = false);
