using Jint;
using Jint.Native;
using static FlowChannel.Expressions.Formulas.FormulaValues;

namespace FlowChannel.Expressions.Formulas;

internal static class LookupFunctions
{
    /// <summary>
    /// LOOKUP(value, lookup_column, result_column): the result of the first row whose lookup column equals value
    /// (numbers compared as numbers, text case-insensitively); empty when no row matches. Exact match, unlike Excel's
    /// approximate LOOKUP over sorted data.
    /// </summary>
    public static JsValue Lookup(JsValue[] a)
    {
        var wanted = Arg(a, 0);
        var keys = new List<JsValue>();
        Add(keys, Arg(a, 1));
        var results = new List<JsValue>();
        Add(results, a.Length > 2 ? a[2] : Arg(a, 1));
        for (var i = 0; i < keys.Count && i < results.Count; i++)
        {
            if (Same(keys[i], wanted))
            {
                return results[i];
            }
        }

        return JsValue.Null;
    }

    private static bool Same(JsValue left, JsValue right)
    {
        if (TryNumber(left, out var x) && TryNumber(right, out var y))
        {
            return x == y;
        }

        return string.Equals(Text(left), Text(right), StringComparison.OrdinalIgnoreCase);
    }
}
