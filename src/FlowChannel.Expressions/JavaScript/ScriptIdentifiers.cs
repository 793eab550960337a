namespace FlowChannel.Expressions.JavaScript;

/// <summary>Identifier checks used to decide which globals a script references.</summary>
internal static class ScriptIdentifiers
{
    public static bool IsValid(string name)
    {
        if (string.IsNullOrEmpty(name) || !IsStart(name[0]))
        {
            return false;
        }

        foreach (var c in name.AsSpan(1))
        {
            if (!IsPart(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="name"/> occurs in <paramref name="script"/> as a whole word. Occurrences inside strings
    /// or comments count too; binding an unused global costs little, missing a used one would break the script.
    /// </summary>
    public static bool IsReferenced(string script, string name)
    {
        var index = script.IndexOf(name, StringComparison.Ordinal);
        while (index >= 0)
        {
            var end = index + name.Length;
            var startsWord = index == 0 || !IsPart(script[index - 1]);
            var endsWord = end == script.Length || !IsPart(script[end]);
            if (startsWord && endsWord)
            {
                return true;
            }

            index = script.IndexOf(name, end, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool IsStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    private static bool IsPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';
}
