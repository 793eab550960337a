using Jint;
using Jint.Native;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>One name a script can reference, bound to a value for each evaluation.</summary>
public sealed class ScriptGlobal<TContext>
{
    internal ScriptGlobal(string name, Func<Engine, TContext, JsValue> bind)
    {
        if (!ScriptIdentifiers.IsValid(name))
        {
            throw new ArgumentException($"'{name}' is not a valid JavaScript identifier.", nameof(name));
        }

        Name = name;
        Bind = bind;
    }

    public string Name { get; }

    internal Func<Engine, TContext, JsValue> Bind { get; }

    /// <summary>The host function behind a function global; lets simple scripts be answered without an engine.</summary>
    internal ScriptFunction<TContext>? Function { get; init; }
}
