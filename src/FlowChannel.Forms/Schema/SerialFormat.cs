using System.Text;
using System.Text.RegularExpressions;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// A serial number pattern such as <c>PA-{yyyy}{MM}-{seq:5}</c>: literal text, date parts ({yyyy}, {yy}, {MM},
/// {dd}) and exactly one counter ({seq:N}, N digits, at least N). The counter restarts whenever the date parts
/// change, so "PA-{yyyy}{MM}-{seq:5}" numbers each month from 00001.
/// </summary>
public sealed partial class SerialFormat
{
    private readonly (string? Literal, string? Token)[] _parts;

    private SerialFormat(string text, (string? Literal, string? Token)[] parts, int digits)
    {
        Text = text;
        _parts = parts;
        Digits = digits;
    }

    public string Text { get; }

    /// <summary>Minimum digits of the counter (zero-padded).</summary>
    public int Digits { get; }

    /// <summary>The pattern, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static SerialFormat? TryParse(string text, out string? error)
    {
        var parts = new List<(string?, string?)>();
        var digits = 0;
        var seqCount = 0;
        var position = 0;
        foreach (Match match in TokenPattern().Matches(text))
        {
            if (match.Index > position)
            {
                parts.Add((text[position..match.Index], null));
            }
            var token = match.Groups[1].Value;
            if (token.StartsWith("seq", StringComparison.Ordinal))
            {
                seqCount++;
                digits = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
                token = "seq";
            }
            else if (token is not ("yyyy" or "yy" or "MM" or "dd"))
            {
                error = $"Unknown part \"{{{token}}}\" in the serial format; use {{yyyy}}, {{yy}}, {{MM}}, {{dd}} and one {{seq:N}}.";
                return null;
            }
            parts.Add((null, token));
            position = match.Index + match.Length;
        }
        if (position < text.Length)
        {
            parts.Add((text[position..], null));
        }
        error = seqCount != 1 ? "A serial format needs exactly one counter, e.g. {seq:5}."
            : digits is < 1 or > 12 ? "The counter needs 1 to 12 digits, e.g. {seq:5}."
            : parts.Any(p => p.Item1 is { } literal && (literal.Contains('{', StringComparison.Ordinal) || literal.Contains('}', StringComparison.Ordinal)))
                ? "Braces in a serial format must enclose {yyyy}, {yy}, {MM}, {dd} or {seq:N}."
                : null;
        return error is null ? new SerialFormat(text, [.. parts], digits) : null;
    }

    /// <summary>What the counter restarts on: the date parts of the format for this date ("" when there are none).</summary>
    public string PeriodKey(DateOnly date)
    {
        var key = new StringBuilder();
        foreach (var (_, token) in _parts)
        {
            if (token is not null and not "seq")
            {
                key.Append(DatePart(token, date));
            }
        }
        return key.ToString();
    }

    public string Format(DateOnly date, long sequence)
    {
        var text = new StringBuilder();
        foreach (var (literal, token) in _parts)
        {
            text.Append(literal ?? (token == "seq" ? sequence.ToString("D" + Digits, CultureInfo.InvariantCulture) : DatePart(token!, date)));
        }
        return text.ToString();
    }

    private static string DatePart(string token, DateOnly date) => token switch
    {
        "yyyy" => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        "yy" => (date.Year % 100).ToString("D2", CultureInfo.InvariantCulture),
        "MM" => date.Month.ToString("D2", CultureInfo.InvariantCulture),
        _ => date.Day.ToString("D2", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"\{(yyyy|yy|MM|dd|seq(?::(\d{1,2}))?|[^{}]*)\}")]
    private static partial Regex TokenPattern();
}
