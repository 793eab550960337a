namespace FlowChannel.Expressions.JavaScript;

/// <summary>Checks script text without running it, e.g. when a definition is imported.</summary>
public static class JavaScriptSyntax
{
    /// <summary>The syntax error of <paramref name="script"/>, or null when it parses.</summary>
    public static ExpressionException? Check(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        try
        {
            ScriptCompiler.Parse(script);
            return null;
        }
        catch (ExpressionException e)
        {
            return e;
        }
    }
}
