using Jint;
using Jint.Native;
using Jint.Runtime.Interop;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// A pooled engine and the function objects it has made from compiled scripts. Making the function once per engine
/// instead of once per evaluation saves a script evaluation on every call; the function is anonymous and strict, so
/// a script cannot reach it to leave anything on it.
/// </summary>
internal sealed class PooledEngine(Engine engine)
{
    // Bounds what an engine keeps for tables that see endless distinct scripts.
    private const int MaxFunctions = 1_000;

    private readonly Dictionary<CompiledScript, JsValue> _functions = new(ReferenceEqualityComparer.Instance);

    // Keyed by the global (one per table entry); bounded like the functions.
    private readonly Dictionary<object, IEvaluationBinding> _hostFunctions = new(ReferenceEqualityComparer.Instance);
    private readonly List<IEvaluationBinding> _bound = [];

    public Engine Engine { get; } = engine;

    /// <summary>The function for <paramref name="script"/>, with the engine's limits reset for a new evaluation.</summary>
    public JsValue FunctionFor(CompiledScript script)
    {
        if (_functions.TryGetValue(script, out var function))
        {
            // Evaluating a script resets the limits; calling a kept function does not, so it is done here.
            Engine.Constraints.Reset();
            return function;
        }

        if (_functions.Count >= MaxFunctions)
        {
            _functions.Clear();
        }

        function = Engine.Evaluate(script.Prepared);
        _functions[script] = function;
        return function;
    }

    /// <summary>This engine's function object for a host function global, bound to <paramref name="context"/> until <see cref="ReleaseBindings"/>.</summary>
    public ClrFunction HostFunctionFor<TContext>(ScriptGlobal<TContext> global, ScriptFunction<TContext> function, TContext context)
    {
        if (!_hostFunctions.TryGetValue(global, out var known))
        {
            if (_hostFunctions.Count >= MaxFunctions)
            {
                _hostFunctions.Clear();
            }

            known = new HostFunction<TContext>(Engine, global.Name, function);
            _hostFunctions[global] = known;
        }

        var host = (HostFunction<TContext>)known;
        host.Bind(context);
        _bound.Add(host);
        return host.Function;
    }

    /// <summary>Ends an evaluation that completed normally: host functions forget its context.</summary>
    public void ReleaseBindings()
    {
        foreach (var binding in _bound)
        {
            binding.Release();
        }

        _bound.Clear();
    }
}
