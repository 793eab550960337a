using System.Globalization;
using System.Runtime.InteropServices;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Expressions.Tests.Formulas;

public sealed class DecimalDigitsTests
{
    [Theory]
    [InlineData("12.50", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("1200", "1200")]
    [InlineData("1200.000", "1200")]
    [InlineData("0.00", "0")]
    [InlineData("-0.10", "-0.1")]
    [InlineData("-3.000", "-3")]
    [InlineData("0.0000000000000000000000000010", "0.000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7922816251426433759354395033.0", "7922816251426433759354395033")]
    public void Trailing_zeros_after_the_point_are_dropped(string text, string expected)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        var result = DecimalDigits.WithoutTrailingZeros(value);

        Assert.Equal(expected, result.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(value, result);
    }

    [Fact]
    public void Gives_what_dividing_by_one_with_trailing_zeros_gives_for_any_value()
    {
        // The division is the reference: it is how .NET itself drops trailing zeros.
        var random = new Random(20261124);
        Span<byte> scratch = stackalloc byte[12];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(scratch);
            var words = MemoryMarshal.Cast<byte, int>(scratch);
            var scale = (byte)random.Next(0, 29);
            var value = new decimal(i % 3 == 0 ? words[0] % 100_000 * 1000 : words[0], i % 2 == 0 ? 0 : words[1], i % 5 == 0 ? words[2] : 0, i % 7 == 0, scale);

            var expected = value / 1.0000000000000000000000000000m;

            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), DecimalDigits.WithoutTrailingZeros(value).ToString(CultureInfo.InvariantCulture));
        }
    }
}
