namespace FlowChannel.Channel.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("2.344", "2.34")]
    public void Round_goes_half_away_from_zero(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Money.Round(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Fact]
    public void Apportion_parts_add_up_to_the_total_exactly()
    {
        var parts = Money.Apportion(100m, [1m, 1m, 1m]);
        Assert.Equal([33.34m, 33.33m, 33.33m], parts);
        Assert.Equal(100m, parts.Sum());
    }

    [Fact]
    public void Apportion_follows_the_weights()
    {
        Assert.Equal([25m, 75m], Money.Apportion(100m, [1m, 3m]));
        Assert.Equal([0.01m, 0m], Money.Apportion(0.01m, [2m, 1m]));
    }

    [Fact]
    public void Apportion_of_a_negative_total_is_exact_too()
    {
        var parts = Money.Apportion(-10m, [1m, 1m, 1m]);
        Assert.Equal(-10m, parts.Sum());
        Assert.Equal(Money.Apportion(10m, [1m, 1m, 1m]).Select(p => -p), parts);
    }

    [Fact]
    public void Apportion_with_zero_weights_splits_evenly() =>
        Assert.Equal([5m, 5m], Money.Apportion(10m, [0m, 0m]));

    [Fact]
    public void Apportion_refuses_a_negative_weight_naming_it()
    {
        var error = Assert.Throws<RuleException>(() => Money.Apportion(10m, [1m, -1m]));
        Assert.Equal("weights[1]", error.Path);
    }
}
