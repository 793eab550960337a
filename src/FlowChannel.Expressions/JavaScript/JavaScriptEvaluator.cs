using System.Text.Json.Nodes;
using Jint.Native;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// Evaluates JavaScript in a sandbox: no CLR access, no <c>eval</c>, strict mode, and the time, memory, statement and
/// recursion limits of <see cref="ExpressionLimits"/>. Thread-safe; keep one per set of limits.
/// A script is a function body: either it <c>return</c>s its value, or its last expression statement is its value.
/// Every failure is an <see cref="ExpressionException"/>.
/// </summary>
public sealed class JavaScriptEvaluator
{
    private static readonly ScriptGlobals<object?> NoGlobals = new([]);

    private readonly EnginePool _pool;

    public JavaScriptEvaluator(ExpressionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Limits = limits;
        _pool = EnginePool.For(limits);
    }

    public ExpressionLimits Limits { get; }

    /// <summary>Evaluates a script that references no host globals.</summary>
    public JsonNode? Evaluate(string script) => Evaluate(script, NoGlobals, null);

    /// <summary>
    /// Evaluates <paramref name="script"/> with the globals of <paramref name="globals"/> bound to <paramref name="context"/>.
    /// Returns a fresh JSON node (or null for null/undefined) that the caller owns.
    /// </summary>
    public JsonNode? Evaluate<TContext>(string script, ScriptGlobals<TContext> globals, TContext context)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(globals);
        var compiled = globals.GetOrCompile(script);
        var engine = _pool.Rent();
        try
        {
            var function = engine.Evaluate(compiled.Prepared);
            var arguments = new JsValue[compiled.GlobalIndexes.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = globals.Globals[compiled.GlobalIndexes[i]].Bind(engine, context);
            }

            var result = JsToJson.Convert(engine.Invoke(function, JsValue.Undefined, arguments));

            // Only an engine that finished cleanly goes back: an aborted one may hold half-unwound state.
            _pool.Return(engine);
            return result;
        }
        catch (Exception e) when (JavaScriptErrors.Translate(e, Limits) is { } translated && !ReferenceEquals(translated, e))
        {
            throw translated;
        }
    }
}
