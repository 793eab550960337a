using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Expressions.JavaScript;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Elsa's remaining common script functions (identity, GUIDs, Base64 and bytes), and the names Elsa scripts may use
/// that the sandbox refuses with a reason. Bytes are arrays of numbers 0–255, since scripts hold no .NET arrays; a
/// Base64 string (how a byte array is written in JSON) is accepted wherever bytes are expected.
/// </summary>
internal static class ElsaScriptFunctions
{
    // A byte array becomes one JavaScript number per byte; bounded so a host call cannot build one the engine's
    // memory limit would only notice after the fact.
    private const int MaxBytes = 1024 * 1024;

    public static void AddTo(Action<string, ScriptFunction<ExecutionScope>> add)
    {
        add("getWorkflowDefinitionVersionId", (s, _) => s.State.DefinitionVersionId);
        add("getWorkflowDefinitionVersion", (s, _) => s.State.DefinitionVersion);
        add("parseGuid", (_, a) => Guid.TryParse(a.GetString(0), out var guid)
            ? guid.ToString()
            : throw new ExpressionException($"parseGuid: '{a.GetString(0)}' is not a GUID."));
        add("newShortGuid", (_, _) => ShortGuid());
        add("getShortGuid", (_, _) => ShortGuid());
        add("getGuidString", (_, _) => Guid.NewGuid().ToString());
        add("stringToBase64", (_, a) => a.GetString(0) is { } text ? Convert.ToBase64String(Bytes(Encoding.UTF8.GetBytes(text), "stringToBase64")) : null);
        add("stringFromBase64", (_, a) => a.GetString(0) is { } text ? Encoding.UTF8.GetString(FromBase64(text, "stringFromBase64")) : null);
        add("bytesFromString", (_, a) => a.GetString(0) is { } text ? ToArray(Bytes(Encoding.UTF8.GetBytes(text), "bytesFromString")) : null);
        add("bytesToString", (_, a) => a[0] is { } bytes ? Encoding.UTF8.GetString(FromNode(bytes, "bytesToString")) : null);
        add("bytesToBase64", (_, a) => a[0] is { } bytes ? Convert.ToBase64String(FromNode(bytes, "bytesToBase64")) : null);
        add("bytesFromBase64", (_, a) => a.GetString(0) is { } text ? ToArray(FromBase64(text, "bytesFromBase64")) : null);
    }

    /// <summary>Names Elsa offers (mostly .NET types it registers) that would need .NET access, or that Elsa lacks.</summary>
    public static IEnumerable<ScriptGlobal<ExecutionScope>> Refused()
    {
        const string noClr = "scripts have no .NET access";
        yield return RefusedGlobal.Namespace<ExecutionScope>("System", $"System is not available: {noClr}.");
        yield return RefusedGlobal.Namespace<ExecutionScope>("host", $"host is not available: {noClr}.");
        yield return RefusedGlobal.Function<ExecutionScope>("importNamespace", $"importNamespace is not available: {noClr}.");
        yield return RefusedGlobal.Namespace<ExecutionScope>("DateTime", $"DateTime is a .NET type and {noClr}: use Date, e.g. new Date().toISOString().");
        yield return RefusedGlobal.Namespace<ExecutionScope>("DateTimeOffset", $"DateTimeOffset is a .NET type and {noClr}: use Date, e.g. new Date().toISOString().");
        yield return RefusedGlobal.Namespace<ExecutionScope>("TimeSpan", $"TimeSpan is a .NET type and {noClr}: use milliseconds or \"hh:mm:ss\" text.");
        yield return RefusedGlobal.Namespace<ExecutionScope>("Guid", $"Guid is a .NET type and {noClr}: use newGuidString() or parseGuid(text).");
        yield return RefusedGlobal.Namespace<ExecutionScope>("Random", $"Random is a .NET type and {noClr}: use Math.random().");

        // Not Elsa functions: refused so a definition written here still runs in Elsa.
        yield return RefusedGlobal.Function<ExecutionScope>("parseJson", "parseJson is not an Elsa function: use JSON.parse(text).");
        const string setName = "is not an Elsa function: name the instance with an Elsa.SetName activity";
        yield return RefusedGlobal.Function<ExecutionScope>("setWorkflowInstanceName", $"setWorkflowInstanceName {setName}.");
        yield return RefusedGlobal.Function<ExecutionScope>("getWorkflowInstanceName", $"getWorkflowInstanceName {setName}.");
    }

    /// <summary>A GUID's 16 bytes in Base64 without <c>/ + =</c>, as Elsa makes them (22 characters).</summary>
    private static string ShortGuid() =>
        Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Replace("/", "", StringComparison.Ordinal)
            .Replace("+", "", StringComparison.Ordinal).Replace("=", "", StringComparison.Ordinal);

    private static byte[] FromBase64(string text, string function)
    {
        try
        {
            return Bytes(Convert.FromBase64String(text), function);
        }
        catch (FormatException)
        {
            throw new ExpressionException($"{function}: the text is not Base64.");
        }
    }

    /// <summary>Bytes from an array of numbers 0–255, or from Base64 text.</summary>
    private static byte[] FromNode(JsonNode node, string function)
    {
        if (JsonScalars.TryGetString(node, out var text))
        {
            return FromBase64(text, function);
        }

        if (node is not JsonArray array)
        {
            throw new ExpressionException($"{function}: expected bytes (an array of numbers 0–255 or Base64 text), got {node.ToJsonString()}.");
        }

        var bytes = new byte[array.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = array[i] is { } item && JsonScalars.TryGetDouble(item, out var number) && number is >= 0 and <= 255 && number == Math.Floor(number)
                ? (byte)number
                : throw new ExpressionException($"{function}: item {i} is not a byte (a whole number 0–255).");
        }

        return Bytes(bytes, function);
    }

    private static byte[] Bytes(byte[] bytes, string function) => bytes.Length <= MaxBytes
        ? bytes
        : throw new ExpressionException($"{function}: {bytes.Length} bytes exceed the limit of {MaxBytes}.", ExpressionErrorKind.LimitExceeded);

    private static JsonArray ToArray(byte[] bytes) => [.. bytes.Select(b => (JsonNode)JsonValue.Create(b))];
}
