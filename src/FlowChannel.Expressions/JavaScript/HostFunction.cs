using Jint;
using Jint.Runtime.Interop;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// A host function global as a function object of one pooled engine: made once, frozen, and told before each
/// evaluation which context to call the host with. A new function object per global per evaluation (its closures and
/// its <c>name</c> and <c>length</c> properties) cost more than many short scripts themselves.
/// </summary>
internal sealed class HostFunction<TContext> : IEvaluationBinding
{
    private TContext? _context;

    public HostFunction(Engine engine, string name, ScriptFunction<TContext> function)
    {
        Function = new ClrFunction(engine, name, (_, arguments) => JsonToJs.Convert(engine, ScriptGlobal.Call(function, _context!, arguments)));

        // Every evaluation on this engine gets this same object: frozen like the built-ins, so that no script can leave
        // data on it for a later one (of another instance or workflow) to read.
        RealmLockdown.Freeze(Function);
    }

    public ClrFunction Function { get; }

    public void Bind(TContext context) => _context = context;

    /// <summary>Drops the context when the evaluation ends, so an idle engine keeps no instance state alive.</summary>
    public void Release() => _context = default;
}

/// <summary>Something bound to one evaluation's context that must let go of it when the evaluation ends.</summary>
internal interface IEvaluationBinding
{
    void Release();
}
