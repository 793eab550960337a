using System.Text.Json.Nodes;
using Jint.Native;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>Creates the globals a <see cref="ScriptGlobals{TContext}"/> table is made of.</summary>
public static class ScriptGlobal
{
    /// <summary>A function; its result is converted to a JavaScript value (objects become plain copies).</summary>
    public static ScriptGlobal<TContext> Function<TContext>(string name, ScriptFunction<TContext> function) =>
        new(name, (engine, context) => new ClrFunction(
            engine,
            name,
            (_, arguments) => JsonToJs.Convert(engine, Call(function, context, arguments))))
        {
            Function = function,
        };

    /// <summary>A live object whose known keys read and write through <paramref name="host"/>.</summary>
    public static ScriptGlobal<TContext> LiveObject<TContext>(string name, Func<TContext, IScriptObjectHost> host) =>
        new(name, (engine, context) =>
        {
            var source = host(context);
            var target = new Jint.Native.JsObject(engine);
            foreach (var key in source.Keys)
            {
                var getter = new ClrFunction(engine, key, (_, _) => JsonToJs.Convert(engine, Host(() => source.GetValue(key))));
                var setter = new ClrFunction(engine, key, (_, arguments) =>
                {
                    var value = arguments.Length > 0 ? JsToJson.Convert(arguments[0]) : null;
                    Host(() =>
                    {
                        source.SetValue(key, value);
                        return null;
                    });
                    return JsValue.Undefined;
                });
                target.DefineOwnProperty(key, new GetSetPropertyDescriptor(getter, setter, enumerable: true, configurable: false));
            }

            // Unknown keys would silently vanish after the evaluation; refusing them makes a typo fail loudly.
            target.PreventExtensions();
            return target;
        });

    /// <summary>A plain value, copied into the script for each evaluation.</summary>
    public static ScriptGlobal<TContext> Value<TContext>(string name, Func<TContext, JsonNode?> value) =>
        new(name, (engine, context) => JsonToJs.Convert(engine, value(context)));

    internal static JsonNode? Call<TContext>(ScriptFunction<TContext> function, TContext context, JsValue[] arguments) =>
        Host(() => function(context, new ScriptArguments(arguments)));

    private static JsonNode? Host(Func<JsonNode?> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is not HostCallException)
        {
            throw new HostCallException(e.Message, e);
        }
    }
}
