using System.Text.Json.Serialization;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// Display text in one or more languages, written in JSON either as a plain string or as an object keyed by
/// culture name (<c>{"zh-CN": "公司名称", "en": "Company name"}</c>). A plain string is stored under the
/// invariant culture's name, <c>""</c>.
/// </summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText
{
    private readonly Dictionary<string, string> _values;
    private readonly IReadOnlyDictionary<string, string> _readOnlyValues;

    // Kept in authored order: "first value" is the last fallback, and dictionary order is not a contract.
    private readonly KeyValuePair<string, string>[] _ordered;

    private LocalizedText(KeyValuePair<string, string>[] ordered)
    {
        _ordered = ordered;
        _values = new Dictionary<string, string>(ordered, StringComparer.OrdinalIgnoreCase);
        _readOnlyValues = _values.AsReadOnly();
    }

    /// <summary>Culture name → text; names compare without case.</summary>
    public IReadOnlyDictionary<string, string> Values => _readOnlyValues;

    internal IReadOnlyList<KeyValuePair<string, string>> Ordered => _ordered;

    public static LocalizedText Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new([new(string.Empty, text)]);
    }

    /// <summary>Callers guarantee at least one pair and unique names (the parser and the converter check).</summary>
    internal static LocalizedText FromPairs(KeyValuePair<string, string>[] pairs) => new(pairs);

    /// <summary>
    /// The text for <paramref name="culture"/>: its exact name, then its parents (zh-CN → zh-Hans → zh), then any
    /// translation in the same language (a "zh" reader gets "zh-CN"), then English, then the first translation.
    /// </summary>
    public string Resolve(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; c.Name.Length > 0; c = c.Parent)
        {
            if (_values.TryGetValue(c.Name, out var text))
            {
                return text;
            }
        }

        return FindLanguage(culture.TwoLetterISOLanguageName) ?? FindLanguage("en") ?? _ordered[0].Value;
    }

    public override string ToString() => Resolve(CultureInfo.CurrentUICulture);

    private string? FindLanguage(string language)
    {
        foreach (var (name, text) in _ordered)
        {
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            var nameLanguage = dash < 0 ? name.AsSpan() : name.AsSpan(0, dash);
            if (nameLanguage.Equals(language, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return null;
    }
}
