using FlowChannel.Channel.Goals;

namespace FlowChannel.Channel.Tests.Goals;

public sealed class AttainmentTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    [Fact]
    public void Attainment_stands_beside_the_time_elapsed()
    {
        var attainment = Attainment.Of(1_000_000m, 600_000m, Start, End, new DateOnly(2026, 9, 30));
        Assert.Equal(60m, attainment.Percent);
        Assert.Equal(74.79m, attainment.ElapsedPercent); // 273 of 365 days
        Assert.Equal(-14.79m, attainment.GapPoints);
    }

    [Fact]
    public void A_zero_target_has_no_percentage() => Assert.Null(Attainment.Of(0m, 5m, Start, End, End).Percent);

    [Theory]
    [InlineData("2025-12-31", 0)]
    [InlineData("2026-12-31", 100)]
    [InlineData("2027-03-01", 100)]
    public void Elapsed_is_clamped_to_the_period(string asOf, decimal expected) =>
        Assert.Equal(expected, Attainment.PercentElapsed(Start, End, DateOnly.Parse(asOf, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_period_ending_before_it_starts_is_refused() =>
        Assert.Throws<RuleException>(() => Attainment.PercentElapsed(End, Start, End));
}
