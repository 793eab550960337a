using Acornima;
using Acornima.Ast;
using Jint;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// Turns expression text into a prepared function. Every script runs as the body of a strict-mode function whose
/// parameters are the globals it references: nothing it declares can outlive the call, which is what makes sharing
/// pooled engines between evaluations safe.
/// </summary>
internal static class ScriptCompiler
{
    // functionIndex: the table position of a host function global by name, or -1.
    public static CompiledScript Compile(string script, string[] parameters, int[] globalIndexes, Func<string, int> functionIndex)
    {
        var (ast, hasTopLevelReturn) = Parse(script);
        var body = ToFunctionBody(script, ast, hasTopLevelReturn);

        // The opening sits on a line of its own, so a position in the wrapper is the user's line plus one.
        var source = $"(function ({string.Join(", ", parameters)}) {{\n{body}\n}})";
        try
        {
            return new CompiledScript(Engine.PrepareScript(source, strict: true), globalIndexes)
            {
                Shortcut = ScriptShortcut.TryCreate(ast, functionIndex),
            };
        }
        catch (ScriptPreparationException e) when (e.InnerException is ParseErrorException parse)
        {
            // Reached when the script redeclares a global it also uses, e.g. `let getScore = …`.
            throw JavaScriptErrors.Syntax(parse.Description, parse.LineNumber - 1, parse.Column + 1);
        }
    }

    /// <summary>
    /// Elsa scripts are either a function body with an explicit top-level <c>return</c> or a script whose last
    /// expression statement is its value; the latter gets that statement rewritten as a <c>return</c>.
    /// </summary>
    private static string ToFunctionBody(string script, Script ast, bool hasTopLevelReturn)
    {
        if (hasTopLevelReturn || ast.Body.Count == 0 || ast.Body[^1] is not ExpressionStatement last)
        {
            return script;
        }

        // The statement, not its expression: the expression's range excludes enclosing parentheses, as in `({ a: 1 })`.
        var statement = script[last.Start..last.End].TrimEnd().TrimEnd(';');
        return $"{script[..last.Start]}return ({statement});{script[last.End..]}";
    }

    /// <summary>Parses with the user's own line and column numbers; throws a syntax <see cref="ExpressionException"/>.</summary>
    public static (Script Ast, bool HasTopLevelReturn) Parse(string script)
    {
        try
        {
            return (new Parser().ParseScript(script, strict: true), false);
        }
        catch (ParseErrorException)
        {
            // Retried rather than always allowed: only the failure of the first parse tells that a top-level return exists.
            try
            {
                var lenient = new Parser(new ParserOptions { AllowReturnOutsideFunction = true });
                return (lenient.ParseScript(script, strict: true), true);
            }
            catch (ParseErrorException e)
            {
                // Acornima counts columns from 0; editors and people count from 1.
                throw JavaScriptErrors.Syntax(e.Description, e.LineNumber, e.Column + 1);
            }
        }
    }
}
