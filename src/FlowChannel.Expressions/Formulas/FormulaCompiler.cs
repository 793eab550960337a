using System.Collections.Concurrent;
using FlowChannel.Expressions.JavaScript;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// Compiles formula text once: parses it (syntax errors with line and column), checks that every called function
/// exists, extracts the field references, and prepares it for the pooled engines. Results are cached by text.
/// </summary>
public static class FormulaCompiler
{
    private const int MaxCached = 10_000;

    private static readonly ConcurrentDictionary<string, FormulaCompilation> Cache = new(StringComparer.Ordinal);

    // JavaScript's own globals: never field references, never bound as parameters.
    private static readonly HashSet<string> BuiltIns = new(StringComparer.Ordinal)
    {
        "undefined", "NaN", "Infinity", "globalThis", "arguments", "Math", "JSON", "Number", "String", "Boolean",
        "Array", "Object", "Date", "RegExp", "Symbol", "BigInt", "Map", "Set", "WeakMap", "WeakSet", "Promise", "Proxy",
        "Reflect", "Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError",
        "AggregateError", "ArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
        "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
        "Iterator", "Function", "eval", "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent",
        "decodeURIComponent", "encodeURI", "decodeURI", "escape", "unescape",
    };

    // The built-ins a formula may call by bare name; any other undeclared call is an unknown function.
    private static readonly HashSet<string> CallableBuiltIns = new(StringComparer.Ordinal)
    {
        "Number", "String", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent",
    };

    /// <summary>Compiles <paramref name="text"/>; never throws for a bad formula, the problems are in the result.</summary>
    public static FormulaCompilation Compile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var compilation = CompileUncached(text);
        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(text, compilation);
    }

    private static FormulaCompilation CompileUncached(string text)
    {
        Acornima.Ast.Script ast;
        try
        {
            ast = ScriptCompiler.Parse(text).Ast;
        }
        catch (ExpressionException e)
        {
            return Failed(new FormulaDiagnostic(ExpressionErrorKind.Syntax, e.Message, e.Line ?? 1, e.Column ?? 1));
        }

        var walker = new FormulaReferenceWalker();
        walker.Visit(ast);
        var used = walker.Used.ToList();

        var errors = new List<FormulaDiagnostic>();
        var functions = new List<string>();
        foreach (var (name, line, column) in walker.Calls)
        {
            if (FormulaLibrary.IndexOf(name) >= 0)
            {
                if (!functions.Contains(name))
                {
                    functions.Add(name);
                }
            }
            else if (!CallableBuiltIns.Contains(name) && !walker.IsDeclared(name))
            {
                errors.Add(new FormulaDiagnostic(
                    ExpressionErrorKind.Syntax,
                    $"Unknown function '{name}' at line {line}, column {column}.",
                    line,
                    column));
            }
        }

        foreach (var (name, line, column) in walker.Assignments)
        {
            if (!walker.IsDeclared(name))
            {
                errors.Add(new FormulaDiagnostic(
                    ExpressionErrorKind.Syntax,
                    $"Cannot assign to '{name}' at line {line}, column {column}: fields are read-only; use == to compare.",
                    line,
                    column));
            }
        }

        if (errors.Count > 0)
        {
            errors.Sort((x, y) => (x.Line, x.Column).CompareTo((y.Line, y.Column)));
            return new FormulaCompilation(null, errors);
        }

        var references = new List<string>();
        var bindings = new List<(string Name, int Function, List<string> Members)>();
        foreach (var (name, _, _) in walker.Calls)
        {
            var index = FormulaLibrary.IndexOf(name);
            if (index >= 0 && !bindings.Exists(b => b.Name == name))
            {
                bindings.Add((name, index, []));
            }
        }

        foreach (var (name, member) in used)
        {
            if (BuiltIns.Contains(name))
            {
                continue;
            }

            var function = FormulaLibrary.IndexOf(name);
            var binding = bindings.FindIndex(b => b.Name == name);
            if (binding < 0)
            {
                bindings.Add((name, function, []));
                binding = bindings.Count - 1;
            }

            if (function >= 0)
            {
                continue;
            }

            var reference = member is null ? name : $"{name}.{member}";
            if (!references.Contains(reference))
            {
                references.Add(reference);
            }

            if (member is not null && !bindings[binding].Members.Contains(member))
            {
                bindings[binding].Members.Add(member);
            }
        }

        var lazy = FormulaRewriter.Rewrite(text, ast);
        if (lazy is not null)
        {
            foreach (var helper in new[] { "NOT", "IFS" })
            {
                if (!bindings.Exists(b => b.Name == helper))
                {
                    bindings.Add((helper, FormulaLibrary.IndexOf(helper), []));
                }
            }
        }

        var parameters = bindings.Select(b => b.Name).ToArray();
        CompiledScript script;
        try
        {
            script = ScriptCompiler.Compile(lazy ?? text, parameters, [.. Enumerable.Range(0, parameters.Length)], _ => -1) with { Shortcut = null };
        }
        catch (ExpressionException e)
        {
            return Failed(new FormulaDiagnostic(e.Kind, e.Message, e.Line ?? 1, e.Column ?? 1));
        }

        var fields = references.Select(r => r.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var formula = new CompiledFormula(
            text,
            references,
            functions,
            script,
            [.. bindings.Select(b => new FormulaBinding(b.Name, b.Function, [.. b.Members]))])
        {
            Fast = DecimalFormula.TryBuild(ast, fields),
        };
        return new FormulaCompilation(formula, []);
    }

    private static FormulaCompilation Failed(FormulaDiagnostic error) => new(null, [error]);
}
