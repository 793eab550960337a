namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// One spelling per amount: 12.50 and 12.5 are the same number, and stored JSON stays comparable when trailing zeros
/// after the decimal point are dropped. Dividing by 1.000…0 does the same, but a decimal division is the most
/// expensive decimal operation and every number a record holds goes through here.
/// </summary>
public static class DecimalDigits
{
    // 2^32 and 2^64 both leave 6 when divided by 10, so the 96-bit mantissa's last digit comes from its three words.
    private const ulong WordRemainder = 6;

    /// <summary>The same value with no trailing zeros after the decimal point (0.00 becomes 0, 1200 stays 1200).</summary>
    public static decimal WithoutTrailingZeros(decimal value)
    {
        var scale = value.Scale;
        if (scale == 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var low = (uint)bits[0];
        var middle = (uint)bits[1];
        var high = (uint)bits[2];
        if ((((high + (ulong)middle) * WordRemainder) + low) % 10 != 0)
        {
            return value;
        }

        var mantissa = ((UInt128)high << 64) | ((UInt128)middle << 32) | low;
        if (mantissa == 0)
        {
            return 0m;
        }

        var stripped = 0;
        while (stripped < scale && mantissa % 10 == 0)
        {
            mantissa /= 10;
            stripped++;
        }

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), value < 0, (byte)(scale - stripped));
    }
}
