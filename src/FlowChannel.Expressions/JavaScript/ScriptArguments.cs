using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace FlowChannel.Expressions.JavaScript;

/// <summary>The arguments of one call from a script into a host function, converted on demand.</summary>
public readonly struct ScriptArguments : IEquatable<ScriptArguments>
{
    private readonly JsValue[] _values;

    internal ScriptArguments(JsValue[] values) => _values = values;

    public int Count => _values?.Length ?? 0;

    /// <summary>The argument as JSON (a fresh node the caller owns); null when missing, null or undefined.</summary>
    public JsonNode? this[int index] => index < Count ? JsToJson.Convert(_values[index]) : null;

    /// <summary>The argument converted with JavaScript's <c>String()</c> rules; null when missing, null or undefined.</summary>
    public string? GetString(int index)
    {
        if (index >= Count || _values[index].IsUndefined() || _values[index].IsNull())
        {
            return null;
        }

        return TypeConverter.ToString(_values[index]);
    }

    public bool Equals(ScriptArguments other) => ReferenceEquals(_values, other._values);

    public override bool Equals(object? obj) => obj is ScriptArguments other && Equals(other);

    public override int GetHashCode() => _values?.GetHashCode() ?? 0;

    public static bool operator ==(ScriptArguments left, ScriptArguments right) => left.Equals(right);

    public static bool operator !=(ScriptArguments left, ScriptArguments right) => !left.Equals(right);
}
