namespace FlowChannel.Channel.Scorecards;

/// <summary>
/// Low performers flagged for the elimination list (淘汰): the last <see cref="Periods"/> scores all below
/// <see cref="Below"/>. A flag is a proposal for review, never an automatic termination.
/// </summary>
public sealed record EliminationRule(decimal Below = 50m, int Periods = 2)
{
    public bool IsFlagged(IReadOnlyList<decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Periods > 0 && scores.Count >= Periods && scores.Skip(scores.Count - Periods).All(s => s < Below);
    }
}
