using Acornima.Ast;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// The fast, exact path for the everyday formulas of forms: arithmetic, comparisons, logic and the core aggregate and
/// rounding functions over numbers, computed in C# decimal — so <c>row.qty * row.price</c> is exact money and a
/// 50-row subform computes in microseconds. Built once from the parsed formula when every part of it is supported;
/// an evaluation whose values need JavaScript's coercions (text in arithmetic, division by zero…) answers
/// <see cref="DecimalValue.Unsupported"/> and the caller runs the formula in the JavaScript sandbox instead, so the
/// results agree: decimal answers only where it is exact (a quotient without an exact decimal, an underflow, a
/// mix of types all go to JavaScript), and there it has no binary rounding errors.
/// </summary>
internal sealed class DecimalFormula
{
    private readonly Func<FormulaScope, DecimalValue> _evaluate;

    private DecimalFormula(Func<FormulaScope, DecimalValue> evaluate) => _evaluate = evaluate;

    /// <summary>The fast form of a one-expression formula, or null when it uses anything the fast path does not cover.</summary>
    /// <param name="script">The parsed formula.</param>
    /// <param name="fields">The names the formula reads as fields (anything else, such as a JavaScript global, is not covered).</param>
    public static DecimalFormula? TryBuild(Script script, HashSet<string> fields)
    {
        if (script.Body is not [ExpressionStatement { Expression: var expression }])
        {
            return null;
        }

        var evaluate = new DecimalFormulaBuilder(fields).Build(expression);
        return evaluate is null ? null : new DecimalFormula(evaluate);
    }

    /// <summary>The value, or <see cref="DecimalValue.Unsupported"/> when the JavaScript engine must decide.</summary>
    public DecimalValue Evaluate(FormulaScope scope)
    {
        try
        {
            return _evaluate(scope);
        }
        catch (OverflowException)
        {
            return DecimalValue.Unsupported;
        }
    }
}
