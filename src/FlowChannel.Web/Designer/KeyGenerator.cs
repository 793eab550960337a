using System.Text;

namespace FlowChannel.Web.Designer;

/// <summary>
/// Field keys from labels: <c>Contact phone</c> → <c>contactPhone</c>. A label without Latin letters (a Chinese one)
/// gives the type's name; a taken key gets a number (<c>text2</c>). Keys are compared ignoring case, as the parser does.
/// </summary>
public static class KeyGenerator
{
    private const int MaxLength = 64;

    public static string FromLabel(string? label, string fallback, IEnumerable<string> taken)
    {
        var stem = Stem(label);
        if (stem.Length == 0)
        {
            stem = fallback;
        }
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase) { "row" };
        if (!used.Contains(stem))
        {
            return stem;
        }
        for (var n = 2; ; n++)
        {
            var suffix = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidate = stem[..Math.Min(stem.Length, MaxLength - suffix.Length)] + suffix;
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The camelCase key a label reads as, without any numbering; empty when it has no Latin letters.</summary>
    public static string Stem(string? label)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in label ?? "")
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        // A key starts with a letter: leading digits ("2nd contact") are dropped.
        var key = new StringBuilder();
        foreach (var w in words)
        {
            var part = key.Length == 0 ? w.TrimStart("0123456789".ToCharArray()) : w;
            if (part.Length == 0)
            {
                continue;
            }
            key.Append(key.Length == 0 ? char.ToLowerInvariant(part[0]) : char.ToUpperInvariant(part[0]));
            key.Append(IsAllUpper(part) ? part[1..].ToLowerInvariant() : part[1..]);
        }
        return key.Length > MaxLength ? key.ToString(0, MaxLength) : key.ToString();
    }

    private static bool IsAllUpper(string word) => word.All(c => !char.IsAsciiLetterLower(c));
}
