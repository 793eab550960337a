using FlowChannel.Expressions.Caching;
using Scriban;

namespace FlowChannel.Expressions.Liquid;

/// <summary>A parsed template and, when it has that simple shape, its <see cref="LiquidShortcut"/>.</summary>
internal sealed record ParsedTemplate(Template Template, LiquidShortcut? Shortcut);

/// <summary>Parsed templates, cached by text: parsing costs far more than rendering.</summary>
internal static class LiquidTemplates
{
    private const int MaxCachedTemplates = 10_000;

    private static readonly TextKeyedCache<ParsedTemplate> Cache = new(MaxCachedTemplates);

    /// <summary>The parsed template; throws a syntax <see cref="ExpressionException"/> naming the first error.</summary>
    public static ParsedTemplate Get(string text)
    {
        if (Cache.TryGet(text, out var parsed))
        {
            return parsed;
        }

        var template = Template.ParseLiquid(text);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            var line = error.Span.Start.Line + 1;
            var column = error.Span.Start.Column + 1;
            throw new ExpressionException(
                $"Liquid syntax error at line {line}, column {column}: {error.Message}", ExpressionErrorKind.Syntax, line, column);
        }

        return Cache.Add(text, new ParsedTemplate(template, LiquidShortcut.TryCreate(template)));
    }
}
