using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Converts values to a variable's declared type, as Elsa does on assignment: an Int32 variable holds a whole number,
/// a String variable text, and so on. A value that cannot be converted is an authoring error.
/// </summary>
internal static class VariableValues
{
    private static readonly HashSet<string> Integers = new(StringComparer.OrdinalIgnoreCase) { "Int16", "Int32", "Int64", "Byte", "SByte", "UInt16", "UInt32", "UInt64" };
    private static readonly HashSet<string> Decimals = new(StringComparer.OrdinalIgnoreCase) { "Single", "Double", "Decimal" };
    private static readonly HashSet<string> JsonKinds = new(StringComparer.OrdinalIgnoreCase) { "Object", "JSON", "JsonElement", "JsonNode", "JsonObject", "JsonArray", "ObjectDictionary", "StringDictionary", "ExpandoObject" };

    /// <summary>The value a variable starts with: its declared value converted, or the type's default.</summary>
    public static JsonNode? Initial(VariableDefinition variable)
    {
        var kind = Kind(variable);
        if (string.IsNullOrEmpty(variable.Value))
        {
            return Integers.Contains(kind) || Decimals.Contains(kind) ? JsonValue.Create(0L)
                : kind.Equals("Boolean", StringComparison.OrdinalIgnoreCase) ? JsonValue.Create(false)
                : null;
        }

        // Elsa stores every initial value as text; structured types hold JSON text.
        if (kind == "Array" || JsonKinds.Contains(kind))
        {
            return TryParse(variable.Value) ?? JsonValue.Create(variable.Value);
        }

        return Convert(variable, JsonValue.Create(variable.Value));
    }

    /// <summary>Converts <paramref name="value"/> (which the caller owns) to the variable's type.</summary>
    public static JsonNode? Convert(VariableDefinition variable, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        var kind = Kind(variable);
        if (Integers.Contains(kind))
        {
            // Math.Round rounds half to even, as Convert.ChangeType does when Elsa assigns a double to an Int32.
            return Number(variable, value) is { } number && Math.Round(number) is var whole && Math.Abs(whole) < 9.2e18
                ? JsonValue.Create((long)whole)
                : throw Mismatch(variable, value);
        }

        if (Decimals.Contains(kind))
        {
            return Number(variable, value) is { } number ? JsonScalars.FromDouble(number) : throw Mismatch(variable, value);
        }

        return kind switch
        {
            "Boolean" => Boolean(value) is { } flag ? JsonValue.Create(flag) : throw Mismatch(variable, value),
            "String" => JsonScalars.TryGetString(value, out var text) ? value : JsonValue.Create(value is JsonValue ? value.ToString() : value.ToJsonString()),
            "Array" => value is JsonArray ? value : JsonScalars.TryGetString(value, out var json) && TryParse(json) is JsonArray parsed ? parsed : throw Mismatch(variable, value),
            _ => value,
        };
    }

    /// <summary>The normalised type: <c>System.Int32, System.Private.CoreLib</c> is <c>Int32</c>; collections are <c>Array</c>.</summary>
    private static string Kind(VariableDefinition variable)
    {
        var type = variable.TypeName;
        var comma = type.IndexOf(',', StringComparison.Ordinal);
        type = (comma > 0 ? type[..comma] : type).Trim();
        if (type.StartsWith("System.", StringComparison.Ordinal))
        {
            type = type["System.".Length..];
        }

        var isCollection = variable.IsArray || type.EndsWith("[]", StringComparison.Ordinal)
            || type.StartsWith("List<", StringComparison.Ordinal) || type.StartsWith("IEnumerable<", StringComparison.Ordinal)
            || type.StartsWith("ICollection<", StringComparison.Ordinal) || type.StartsWith("HashSet<", StringComparison.Ordinal);
        return isCollection ? "Array" : type;
    }

    private static double? Number(VariableDefinition variable, JsonNode value)
    {
        if (JsonScalars.TryGetDouble(value, out var number))
        {
            return number;
        }

        if (JsonScalars.TryGetBoolean(value, out var flag))
        {
            return flag ? 1 : 0;
        }

        return JsonScalars.TryGetString(value, out var text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)
            ? parsed
            : null;
    }

    private static bool? Boolean(JsonNode value) =>
        JsonScalars.TryGetBoolean(value, out var flag) ? flag
        : JsonScalars.TryGetDouble(value, out var number) ? number != 0
        : JsonScalars.TryGetString(value, out var text) && bool.TryParse(text, out var parsed) ? parsed
        : null;

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static WorkflowFaultException Mismatch(VariableDefinition variable, JsonNode value) =>
        new($"Cannot store {Describe(value)} in variable '{variable.Name}' of type {variable.TypeName}.");

    private static string Describe(JsonNode value)
    {
        var text = value.ToJsonString();
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
