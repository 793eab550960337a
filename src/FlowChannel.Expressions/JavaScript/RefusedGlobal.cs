using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>
/// A name scripts written for other hosts expect (a .NET type, a CLR bridge) that this sandbox refuses. Left
/// undefined, <c>DateTime.Now</c> would fail as "DateTime is not defined", which reads like a typo; bound to this,
/// touching any member fails with the message, which can say why and what to use instead.
/// </summary>
public static class RefusedGlobal
{
    /// <summary>An object (a namespace or type in other hosts) whose every member read or write fails with <paramref name="message"/>.</summary>
    public static ScriptGlobal<TContext> Namespace<TContext>(string name, string message) =>
        new(name, (engine, _) => new RefusingObject(engine, message));

    /// <summary>A function that fails with <paramref name="message"/> when called.</summary>
    public static ScriptGlobal<TContext> Function<TContext>(string name, string message) =>
        ScriptGlobal.Function<TContext>(name, (_, _) => throw new ExpressionException(message));

    /// <summary>Holds nothing, so it has nothing to hand out; its failure goes through the host-error path unchanged.</summary>
    private sealed class RefusingObject(Engine engine, string message) : ObjectInstance(engine)
    {
        public override JsValue Get(JsValue property, JsValue receiver) => throw Refuse();

        public override bool Set(JsValue property, JsValue value, JsValue receiver) => throw Refuse();

        private HostCallException Refuse() => new(message, new ExpressionException(message));
    }
}
