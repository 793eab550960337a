using Jint;
using Jint.Native;

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
}
