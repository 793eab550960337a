using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Scriban.Runtime;

namespace FlowChannel.Expressions.Liquid;

/// <summary>
/// The filters Elsa adds to standard Liquid, which Scriban lacks: <c>json</c>, <c>base64</c> (UTF-8 text, or an
/// object's JSON) and <c>keys</c>. They work on the JSON model only, so they hand templates no .NET object.
/// </summary>
internal static class LiquidFilters
{
    // Keeps non-ASCII text (Chinese names, say) readable instead of \u escapes, as Elsa's serializer does.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void AddTo(ScriptObject builtins)
    {
        builtins.Import("json", new Func<object?, string>(value => ToJson(value)));
        builtins.Import("base64", new Func<object?, string?>(Base64));
        builtins.Import("keys", new Func<object?, ScriptArray>(Keys));
    }

    private static string ToJson(object? value) => ToNode(value)?.ToJsonString(Readable) ?? "null";

    private static string? Base64(object? value) => value switch
    {
        null => null,
        string text => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)),
        _ => Convert.ToBase64String(Encoding.UTF8.GetBytes(ToJson(value))),
    };

    // A ScriptArray is an IScriptObject too (its one member is size), so arrays are told apart first.
    private static ScriptArray Keys(object? value) => value switch
    {
        ScriptArray => [],
        IScriptObject obj => new ScriptArray(obj.GetMembers()),
        _ => [],
    };

    /// <summary>The JSON of a template value: the model's own objects, Scriban arrays and ranges, and scalars.</summary>
    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonScriptObject obj => obj.Source.DeepClone(),
        ScriptArray items => new JsonArray([.. items.Select(ToNode)]),
        IScriptObject obj => new JsonObject(obj.GetMembers().Select(m =>
            KeyValuePair.Create(m, obj.TryGetValue(null, default, m, out var member) ? ToNode(member) : null))),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number when double.IsFinite(number) => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        DateTime time => JsonValue.Create(time.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(ToNode)]),

        // Anything else is no JSON value; null rather than its .NET text, which could describe host internals.
        _ => null,
    };
}
