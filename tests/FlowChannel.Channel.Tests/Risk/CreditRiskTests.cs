using FlowChannel.Channel.Risk;

namespace FlowChannel.Channel.Tests.Risk;

public sealed class CreditRiskTests
{
    [Theory]
    [InlineData("0", "100", CreditStatus.Ok)]
    [InlineData("79.99", "100", CreditStatus.Ok)]
    [InlineData("80", "100", CreditStatus.Warn)]
    [InlineData("99.99", "100", CreditStatus.Warn)]
    [InlineData("100", "100", CreditStatus.Block)]
    [InlineData("150", "100", CreditStatus.Block)]
    [InlineData("0.01", "0", CreditStatus.Block)]
    [InlineData("0", "0", CreditStatus.Ok)]
    [InlineData("-50", "100", CreditStatus.Ok)]
    public void Utilisation_warns_from_80_and_blocks_from_100_percent(string exposure, string limit, CreditStatus expected) =>
        Assert.Equal(expected, CreditRisk.Utilisation(Parse(exposure), Parse(limit)).Status);

    [Fact]
    public void The_ratio_is_exposure_over_limit_and_undefined_for_a_zero_limit()
    {
        Assert.Equal(0.85m, CreditRisk.Utilisation(850_000m, 1_000_000m).Ratio);
        Assert.Null(CreditRisk.Utilisation(10m, 0m).Ratio);
    }

    [Fact]
    public void A_warn_raises_a_warning_with_its_figures()
    {
        var warning = Assert.Single(CreditRisk.Check(850_000m, 1_000_000m));

        Assert.Equal((RiskType.CreditUtilisation, RiskSeverity.Warning), (warning.Type, warning.Severity));
        Assert.Equal(850_000m, warning.Figure("exposure"));
        Assert.Equal(1_000_000m, warning.Figure("limit"));
        Assert.Equal(0.85m, warning.Figure("utilisation"));
        Assert.Equal(0.8m, warning.Figure("warnAt"));
    }

    [Fact]
    public void A_block_is_critical_and_ok_raises_nothing()
    {
        Assert.Equal(RiskSeverity.Critical, Assert.Single(CreditRisk.Check(1_000_000m, 1_000_000m)).Severity);
        Assert.Null(Assert.Single(CreditRisk.Check(5m, 0m)).Figure("utilisation"));
        Assert.Empty(CreditRisk.Check(799_999.99m, 1_000_000m));
    }

    [Fact]
    public void Thresholds_can_be_set_by_policy()
    {
        var strict = new CreditThresholds(WarnAt: 0.5m, BlockAt: 0.9m);

        Assert.Equal(CreditStatus.Warn, CreditRisk.Utilisation(50m, 100m, strict).Status);
        Assert.Equal(CreditStatus.Block, CreditRisk.Utilisation(90m, 100m, strict).Status);
    }

    [Theory]
    [InlineData("0", "1", "thresholds.warnAt")]
    [InlineData("0.9", "0.9", "thresholds.blockAt")]
    [InlineData("0.9", "0.8", "thresholds.blockAt")]
    public void Unusable_thresholds_are_named(string warnAt, string blockAt, string path) =>
        Assert.Equal(path, Assert.Throws<RuleException>(() => CreditRisk.Check(1m, 10m, new CreditThresholds(Parse(warnAt), Parse(blockAt)))).Path);

    [Fact]
    public void A_negative_limit_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditRisk.Utilisation(1m, -1m));

    [Fact]
    public void Asking_for_a_figure_the_warning_lacks_is_an_error() =>
        Assert.Throws<KeyNotFoundException>(() => CreditRisk.Check(90m, 100m)[0].Figure("dso"));

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
