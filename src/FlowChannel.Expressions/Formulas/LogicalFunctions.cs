using Jint;
using Jint.Native;
using static FlowChannel.Expressions.Formulas.FormulaValues;

namespace FlowChannel.Expressions.Formulas;

internal static class LogicalFunctions
{
    public static JsValue If(JsValue[] a) =>
        Truth(Arg(a, 0)) ? Arg(a, 1) : a.Length > 2 ? a[2] : JsBoolean.False;

    public static JsValue Ifs(JsValue[] a)
    {
        if (a.Length == 0 || a.Length % 2 != 0)
        {
            throw Error("IFS", "expects pairs of condition and value.");
        }

        for (var i = 0; i < a.Length; i += 2)
        {
            if (Truth(a[i]))
            {
                return a[i + 1];
            }
        }

        throw Error("IFS", "no condition is true (#N/A).");
    }

    public static JsValue And(JsValue[] a) => Logical("AND", a, all: true);

    public static JsValue Or(JsValue[] a) => Logical("OR", a, all: false);

    public static JsValue Not(JsValue[] a) => Truth(Arg(a, 0)) ? JsBoolean.False : JsBoolean.True;

    public static JsValue IsEmpty(JsValue[] a) => FormulaValues.IsEmpty(Arg(a, 0)) ? JsBoolean.True : JsBoolean.False;

    private static JsBoolean Logical(string name, JsValue[] arguments, bool all)
    {
        var values = Flatten(arguments).Where(v => !FormulaValues.IsEmpty(v)).ToList();
        if (values.Count == 0)
        {
            throw Error(name, "needs at least one non-empty value (#VALUE!).");
        }

        var result = all ? values.TrueForAll(Truth) : values.Exists(Truth);
        return result ? JsBoolean.True : JsBoolean.False;
    }
}
