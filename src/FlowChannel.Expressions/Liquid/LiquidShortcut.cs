using System.Globalization;
using System.Text.Json.Nodes;
using Scriban;
using Scriban.Syntax;

namespace FlowChannel.Expressions.Liquid;

/// <summary>
/// Renders the commonest kind of template without Scriban's interpreter: text with <c>{{ A.b.c }}</c> insertions of
/// model members (titles, subjects, one-line comments). Only values whose output is certain are rendered here (text
/// without line breaks, whole numbers, nothing at all); for anything else (another value, a name the model lacks,
/// output over the limit) <see cref="TryRender"/> declines and the template goes to Scriban, so the output is always
/// Scriban's. Filters, tags and anything else never get a shortcut.
/// </summary>
internal sealed class LiquidShortcut
{
    // Each part is literal text (string) or a member path (string[]: the model name, then members).
    private readonly object[] _parts;
    private readonly int _literalLength;

    private LiquidShortcut(object[] parts)
    {
        _parts = parts;
        _literalLength = parts.OfType<string>().Sum(p => p.Length);
    }

    public static LiquidShortcut? TryCreate(Template template)
    {
        if (template.Page is not { FrontMatter: null, Body: { } body })
        {
            return null;
        }

        var parts = new List<object>();
        foreach (var statement in body.Statements)
        {
            switch (statement)
            {
                case ScriptEscapeStatement:
                    break;
                case ScriptRawStatement raw:
                    parts.Add(raw.Text.ToString());
                    break;
                case ScriptExpressionStatement { Expression: { } expression } when Path(expression) is { } path:
                    parts.Add(path);
                    break;
                default:
                    return null;
            }
        }

        return new LiquidShortcut([.. parts]);
    }

    /// <summary>The output, unless something in the model needs Scriban's own handling.</summary>
    public bool TryRender(IReadOnlyDictionary<string, JsonNode?> model, IReadOnlyDictionary<string, JsonNode?>? extra, int maxLength,
        out string output)
    {
        output = string.Empty;
        var texts = new string[_parts.Length];
        var length = _literalLength;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (_parts[i] is string literal)
            {
                texts[i] = literal;
                continue;
            }

            if (!TryText((string[])_parts[i], model, extra, out var text))
            {
                return false;
            }

            texts[i] = text;
            length += text.Length;
        }

        if (length > maxLength)
        {
            return false;
        }

        output = string.Concat(texts);
        return true;
    }

    private static bool TryText(string[] path, IReadOnlyDictionary<string, JsonNode?> model, IReadOnlyDictionary<string, JsonNode?>? extra,
        out string text)
    {
        text = string.Empty;
        if (!((extra is not null && extra.TryGetValue(path[0], out var node)) || model.TryGetValue(path[0], out node)))
        {
            // Not in the model: the name may be one of Scriban's built-ins.
            return false;
        }

        for (var i = 1; i < path.Length; i++)
        {
            if (node is null)
            {
                return true;
            }

            if (node is not JsonObject obj)
            {
                return false;
            }

            node = obj.TryGetPropertyValue(path[i], out var member) ? member : null;
        }

        // The value exactly as Scriban would get it from the model (see JsonModel).
        switch (node is JsonValue ? JsonModel.Wrap(node) : node)
        {
            case null:
                return true;
            case string s:
                // Scriban indents the lines of a multi-line value; that is left to it.
                text = s;
                return s.AsSpan().IndexOfAny('\r', '\n') < 0;
            case long whole:
                text = whole.ToString(CultureInfo.InvariantCulture);
                return true;
            case double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 && !(number == 0 && double.IsNegative(number)):
                // A whole double (an Int32 in the model comes as one) prints as the integer; fractions, huge values
                // and negative zero are left to Scriban's formatting.
                text = ((long)number).ToString(CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>A.b.c</c> as its names, or null for any other expression.</summary>
    private static string[]? Path(ScriptExpression expression)
    {
        var names = new List<string>();
        var current = (ScriptExpression?)expression;
        while (current is ScriptMemberExpression { Target: var target, Member: ScriptVariableGlobal member })
        {
            names.Add(member.Name);
            current = target;
        }

        if (current is not ScriptVariableGlobal root)
        {
            return null;
        }

        names.Add(root.Name);
        names.Reverse();
        return [.. names];
    }
}
