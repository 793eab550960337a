using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Contribution;

/// <summary>Scores partners' contribution (贡献度) from sales, market development and service.</summary>
public static class ContributionScorer
{
    /// <exception cref="RuleException">The model is unusable.</exception>
    public static ContributionScore Score(ContributionModel model, ContributionActuals actuals)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.Validate();
        return ScoreValidated(model, actuals);
    }

    internal static ContributionScore ScoreValidated(ContributionModel model, ContributionActuals actuals)
    {
        ArgumentNullException.ThrowIfNull(actuals);
        var sales = Points(actuals.Sales, model.Sales);
        var market = Points(actuals.MarketDevelopment, model.MarketDevelopment);
        var service = Points(actuals.Service, model.Service);
        var score = TwoDecimals(model.Sales.Weight * sales + model.MarketDevelopment.Weight * market + model.Service.Weight * service);
        return new ContributionScore(actuals.PartnerId, sales, market, service, score, model.LevelFor(score));
    }

    /// <summary>min(max(actual, 0) ÷ target, cap) · 100, to 2 decimals.</summary>
    public static decimal Points(decimal actual, ContributionDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return TwoDecimals(Math.Min(Math.Max(actual, 0m) / dimension.Target, dimension.Cap) * 100m);
    }

    // Points are shown to two decimals, half away from zero, the way finance rounds.
    private static decimal TwoDecimals(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
