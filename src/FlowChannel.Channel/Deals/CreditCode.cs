namespace FlowChannel.Channel.Deals;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0–9 and the capitals without
/// I, O, S, V and Z; the last is a check character, 31 − (Σ value(cᵢ)·wᵢ mod 31) over the first 17, where 31 maps to 0.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Normalises a code (half-width, no spaces, upper case) and says whether it is valid and if not, why.</summary>
    public static CreditCodeCheck Check(string? code)
    {
        var normalized = Normalize(code);
        if (normalized.Length == 0)
        {
            return new CreditCodeCheck(normalized, CreditCodeProblem.Empty);
        }
        if (normalized.Length != Length)
        {
            return new CreditCodeCheck(normalized, CreditCodeProblem.WrongLength);
        }
        for (var i = 0; i < Length; i++)
        {
            if (!Alphabet.Contains(normalized[i], StringComparison.Ordinal))
            {
                return new CreditCodeCheck(normalized, CreditCodeProblem.InvalidCharacter, Position: i + 1);
            }
        }
        var expected = CheckCharacter(normalized.AsSpan(0, Length - 1));
        return expected == normalized[^1]
            ? new CreditCodeCheck(normalized, null)
            : new CreditCodeCheck(normalized, CreditCodeProblem.CheckCharacterMismatch, Position: Length, ExpectedCheckCharacter: expected);
    }

    public static string Normalize(string? code) =>
        code is null ? "" : string.Concat(HalfWidth.Fold(code).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>The check character for the first 17 characters (which must be from the code alphabet).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("The check character covers exactly 17 characters.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' at position {i + 1} is not in the code alphabet.", nameof(first17));
            }
            sum += value * Weights[i];
        }
        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
