using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.JavaScript;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// Evaluates compiled formulas in the JavaScript sandbox (strict mode, no CLR, no <c>eval</c>, the limits of
/// <see cref="ExpressionLimits"/>), on the same pooled engines as <see cref="JavaScriptEvaluator"/>. Thread-safe.
/// Every failure is an <see cref="ExpressionException"/>; the evaluator stays usable after any of them.
/// </summary>
public sealed class FormulaEvaluator
{
    // The library as function objects, made once per pooled engine and frozen so no evaluation can leave data on them.
    private static readonly ConditionalWeakTable<Engine, JsValue[]> Libraries = new();

    private readonly EnginePool _pool;

    public FormulaEvaluator()
        : this(ExpressionLimits.Default)
    {
    }

    public FormulaEvaluator(ExpressionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        _pool = EnginePool.For(limits);
    }

    public ExpressionLimits Limits { get; }

    /// <summary>The names of every library function.</summary>
    public static IReadOnlyList<string> FunctionNames { get; } = [.. FormulaLibrary.Names];

    /// <summary>Compiles (cached) and evaluates <paramref name="text"/>; a compile error is thrown as an <see cref="ExpressionException"/>.</summary>
    public JsonNode? Evaluate(string text, FormulaScope scope) =>
        Evaluate(FormulaCompiler.Compile(text).GetFormulaOrThrow(), scope);

    /// <summary>
    /// The formula's value as an exact number when the decimal path computes it to one; false when the formula needs
    /// <see cref="Evaluate(CompiledFormula, FormulaScope)"/> (another kind of value, or the JavaScript sandbox).
    /// Saves making a JSON node only to read the number back out of it.
    /// </summary>
    public static bool TryEvaluateNumber(CompiledFormula formula, FormulaScope scope, out decimal number)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(scope);
        if (formula.Fast?.Evaluate(scope) is { Kind: DecimalValueKind.Number } quick)
        {
            number = quick.Number;
            return true;
        }

        number = 0;
        return false;
    }

    /// <summary>The formula's value for <paramref name="scope"/>: a fresh JSON node the caller owns, or null when empty.</summary>
    public JsonNode? Evaluate(CompiledFormula formula, FormulaScope scope)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(scope);
        if (formula.Fast?.Evaluate(scope) is { IsUnsupported: false, Kind: not DecimalValueKind.List } quick)
        {
            return quick.ToJson();
        }

        var outer = FormulaLibrary.Current;
        FormulaLibrary.Current = scope;
        FormulaLibrary.FunctionFailed = false;
        var pooled = _pool.Rent();
        try
        {
            var engine = pooled.Engine;
            var function = pooled.FunctionFor(formula.Script);
            var library = Libraries.GetValue(engine, CreateLibrary);
            var arguments = new JsValue[formula.Bindings.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Bind(engine, library, formula.Bindings[i], scope);
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var value = engine.Invoke(function, JsValue.Undefined, arguments);

            // Jint checks memory before each statement; a last statement that allocates hugely is caught here.
            if (GC.GetAllocatedBytesForCurrentThread() - allocated > Limits.MemoryBytes)
            {
                throw new ExpressionException(
                    $"JavaScript allocated more than {Limits.MemoryBytes} bytes.", ExpressionErrorKind.LimitExceeded);
            }
            // Plain JavaScript arithmetic does not throw: 1/0 is Infinity and 0/0 NaN. Spreadsheet users expect the
            // Excel errors instead of a field that silently stays empty.
            if (value.IsNumber() && !double.IsFinite(value.AsNumber()))
            {
                _pool.Return(pooled);
                throw new ExpressionException(double.IsNaN(value.AsNumber())
                    ? "The formula's result is not a number (#VALUE!)."
                    : "The formula divides by zero (#DIV/0!).");
            }
            var result = value.IsNumber() ? JsToJson.Convert(FormulaValues.ToJs(value.AsNumber())) : JsToJson.Convert(value);
            _pool.Return(pooled);
            return result;
        }
        catch (ExpressionException) when (FormulaLibrary.FunctionFailed)
        {
            // A library function refused its arguments (#VALUE!, #DIV/0!…): an ordinary error that unwound through
            // Jint like a thrown JavaScript error, so the engine is sound and goes back; rebuilding one costs milliseconds.
            _pool.Return(pooled);
            throw;
        }
        catch (ExpressionException)
        {
            throw;
        }
        catch (OutOfMemoryException e)
        {
            // One oversized allocation (a giant string or array) failed; the process is fine and the engine is dropped.
            throw new ExpressionException(
                $"The formula tried to allocate more memory than allowed ({Limits.MemoryBytes} bytes).", ExpressionErrorKind.LimitExceeded, null, null, e);
        }
        catch (Exception e)
        {
            throw JavaScriptErrors.Translate(e, Limits);
        }
        finally
        {
            FormulaLibrary.Current = outer;
        }
    }

    private static JsValue Bind(Engine engine, JsValue[] library, FormulaBinding binding, FormulaScope scope)
    {
        if (binding.IsFunction)
        {
            return library[binding.FunctionIndex];
        }

        if (binding.Name == "row" && scope.Row is { } row)
        {
            return Members(engine, row, binding.Members);
        }

        var value = scope.Fields[binding.Name];
        if (value is JsonArray rows && IsSubform(rows, binding.Members))
        {
            return Columns(engine, rows, binding.Members);
        }

        // An empty subform or address is absent from the record: its members read as empty, as an empty field
        // does, so SUM(lines.amount) over no rows is 0 rather than a TypeError.
        if (value is null && binding.Members.Length > 0)
        {
            return Members(engine, null, binding.Members);
        }

        return JsonToJs.Convert(engine, value);
    }

    private static bool IsSubform(JsonArray rows, string[] members)
    {
        if (members.Length == 0 || (members.Length == 1 && members[0] == "length"))
        {
            return false;
        }

        foreach (var item in rows)
        {
            if (item is JsonObject)
            {
                return true;
            }
        }

        return rows.Count == 0;
    }

    /// <summary>
    /// An object with just the members the formula reads, each null when missing: a cell left empty in a row reads
    /// as empty (0 in arithmetic) like an empty field of the form, not as undefined (NaN).
    /// </summary>
    private static JsObject Members(Engine engine, JsonObject? source, string[] members)
    {
        var result = new JsObject(engine);
        foreach (var member in members)
        {
            result.FastSetDataProperty(member, JsonToJs.Convert(engine, source?[member]));
        }

        return result;
    }

    /// <summary>A subform as the columns the formula reads: <c>lines.amount</c> is the array of every row's amount.</summary>
    private static JsObject Columns(Engine engine, JsonArray rows, string[] members)
    {
        var columns = new JsObject(engine);
        foreach (var member in members)
        {
            var items = new JsValue[rows.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = rows[i] is JsonObject row ? JsonToJs.Convert(engine, row[member]) : JsValue.Null;
            }

            columns.FastSetDataProperty(member, new JsArray(engine, items));
        }

        return columns;
    }

    // Like RealmLockdown: 'name' and 'length' of a function are configurable, so preventing extensions is not enough.
    private static JsValue[] CreateLibrary(Engine engine)
    {
        var library = new JsValue[FormulaLibrary.Count];
        for (var i = 0; i < library.Length; i++)
        {
            var body = FormulaLibrary.BodyAt(i);
            var function = new ClrFunction(engine, FormulaLibrary.NameAt(i), (_, arguments) =>
            {
                try
                {
                    return body(arguments);
                }
                catch (ExpressionException)
                {
                    FormulaLibrary.FunctionFailed = true;
                    throw;
                }
            });
            RealmLockdown.Freeze(function);
            library[i] = function;
        }

        return library;
    }
}
