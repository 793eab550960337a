using System.Text;
using Acornima;
using Acornima.Ast;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// Makes IF and IFS lazy, as in Excel: <c>IF(c, a, b)</c> becomes <c>(NOT(c) ? (b) : (a))</c>, so only the chosen value
/// is computed and <c>IF(COUNT(x) &gt; 0, AVERAGE(x), 0)</c> does not fail on an empty <c>x</c>. Lines are kept, so
/// runtime errors still point at the right line. Calls with unusual argument lists are left to the library function.
/// </summary>
internal static class FormulaRewriter
{
    /// <summary>The rewritten text, or null when the formula has no IF or IFS to rewrite.</summary>
    public static string? Rewrite(string text, Script ast)
    {
        var finder = new Finder();
        finder.Visit(ast);
        if (finder.Calls.Count == 0)
        {
            return null;
        }

        var calls = finder.Calls.OrderBy(c => c.Start).ToList();
        return Slice(text, calls, 0, text.Length);
    }

    private static string Slice(string text, List<CallExpression> calls, int start, int end)
    {
        var builder = new StringBuilder();
        var position = start;
        foreach (var call in calls)
        {
            if (call.Start >= position && call.End <= end)
            {
                builder.Append(text, position, call.Start - position).Append(Render(text, calls, call));
                position = call.End;
            }
        }

        return builder.Append(text, position, end - position).ToString();
    }

    private static string Render(string text, List<CallExpression> calls, CallExpression call)
    {
        var arguments = call.Arguments.Select(a => Slice(text, calls, a.Start, a.End)).ToList();
        if (((Identifier)call.Callee).Name == "IF")
        {
            var otherwise = arguments.Count > 2 ? $"({arguments[2]})" : "false";
            return $"(NOT({arguments[0]}) ? {otherwise} : ({arguments[1]}))";
        }

        // IFS: the last fallback calls IFS with no true condition, which raises its #N/A error.
        var result = "IFS(false, null)";
        for (var i = arguments.Count - 2; i >= 0; i -= 2)
        {
            result = $"(NOT({arguments[i]}) ? {result} : ({arguments[i + 1]}))";
        }

        return result;
    }

    private sealed class Finder : AstVisitor
    {
        public List<CallExpression> Calls { get; } = [];

        protected override object? VisitCallExpression(CallExpression node)
        {
            if (node.Callee is Identifier { Name: "IF" or "IFS" } callee
                && !node.Optional
                && !node.Arguments.Any(a => a is SpreadElement)
                && (callee.Name == "IF" ? node.Arguments.Count is 2 or 3 : node.Arguments.Count > 0 && node.Arguments.Count % 2 == 0))
            {
                Calls.Add(node);
            }

            return base.VisitCallExpression(node);
        }
    }
}
