using System.Runtime.ExceptionServices;
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

    /// <summary>
    /// Creates a pooled engine ahead of need. The first engine of a process costs seconds (Jint builds its time-zone
    /// tables); calling this in the background at startup keeps that cost off the first request.
    /// </summary>
    public void WarmUp() => Evaluate("0");

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
        if (compiled.Shortcut is { } shortcut && shortcut.TryEvaluate(globals, context, out var quick))
        {
            return quick;
        }

        var pooled = _pool.Rent();
        try
        {
            var engine = pooled.Engine;
            var function = pooled.FunctionFor(compiled);
            var arguments = new JsValue[compiled.GlobalIndexes.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                var global = globals.Globals[compiled.GlobalIndexes[i]];
                arguments[i] = global.Function is { } host ? pooled.HostFunctionFor(global, host, context) : global.Bind(engine, context);
            }

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var value = engine.Invoke(function, JsValue.Undefined, arguments);

            // Jint checks its memory limit between statements, so what the last statement allocates ('x'.repeat(1e8))
            // goes unchecked; the same measure, taken here, refuses it before it is copied into the host's state.
            if (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore > Limits.MemoryBytes)
            {
                throw new ExpressionException($"JavaScript allocated more than {Limits.MemoryBytes} bytes.", ExpressionErrorKind.LimitExceeded);
            }

            var result = JsToJson.Convert(value);

            // Only an engine that finished cleanly goes back: an aborted one may hold half-unwound state.
            pooled.ReleaseBindings();
            _pool.Return(pooled);
            return result;
        }
        catch (HostCallException e) when (e.InnerException is { } hostError)
        {
            ExceptionDispatchInfo.Throw(hostError);
            throw;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or ExpressionException))
        {
            throw JavaScriptErrors.Translate(e, Limits);
        }
    }
}
