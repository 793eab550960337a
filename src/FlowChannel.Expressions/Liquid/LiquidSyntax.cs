namespace FlowChannel.Expressions.Liquid;

/// <summary>Checks template text without rendering it, e.g. when a definition is imported.</summary>
public static class LiquidSyntax
{
    /// <summary>The syntax error of <paramref name="template"/>, or null when it parses.</summary>
    public static ExpressionException? Check(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        try
        {
            LiquidTemplates.Get(template);
            return null;
        }
        catch (ExpressionException e)
        {
            return e;
        }
    }
}
