namespace FlowChannel.Channel.Deals;

/// <summary>
/// The comparable form of a customer name: trimmed, full-width folded to half-width, case-folded, without spaces
/// or punctuation, and without trailing company-form suffixes (有限公司, 股份有限公司, 有限责任公司, 集团, 公司,
/// Co., Ltd., Inc., LLC, Corp., …), so that "ＡＣＭＥ Co., Ltd." and "acme" or "某某集团股份有限公司" and "某某"
/// are recognised as one customer.
/// </summary>
public static class CustomerName
{
    // Longest first, so 股份有限公司 is not cut down to 股份 by 有限公司.
    private static readonly string[] ChineseSuffixes = ["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

    // English forms only count as whole words, so "Costco" keeps its "co".
    private static readonly HashSet<string> EnglishSuffixes = new(StringComparer.Ordinal)
    {
        "co", "ltd", "inc", "llc", "corp", "corporation", "company", "limited", "incorporated", "plc", "group",
    };

    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var tokens = Tokens(HalfWidth.Fold(name.Trim()).ToLowerInvariant());
        while (tokens.Count > 0 && StripSuffix(tokens))
        {
        }
        return string.Concat(tokens);
    }

    // Letters and digits (Chinese characters are letters) make words; everything else separates them and is dropped.
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    // Removes one suffix from the end; never the whole name (a customer called just "集团" stays "集团").
    private static bool StripSuffix(List<string> tokens)
    {
        var last = tokens[^1];
        if (tokens.Count > 1 && (EnglishSuffixes.Contains(last) || ChineseSuffixes.Contains(last)))
        {
            tokens.RemoveAt(tokens.Count - 1);
            return true;
        }
        if (ChineseSuffixes.Contains(last))
        {
            return false;
        }
        foreach (var suffix in ChineseSuffixes)
        {
            if (last.Length > suffix.Length && last.EndsWith(suffix, StringComparison.Ordinal))
            {
                tokens[^1] = last[..^suffix.Length];
                return true;
            }
        }
        return false;
    }
}
