using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Components.Forms;

/// <summary>Between stored JSON values and the typed values Radzen inputs bind to.</summary>
public static class FieldValues
{
    public static decimal? Number(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && decimal.TryParse(v.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static DateTime? Date(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var d)
            ? d
            : null;

    public static IEnumerable<string>? Texts(JsonNode? value) =>
        value is JsonArray items ? [.. items.Where(i => i is not null).Select(i => i!.ToString())] : null;

    public static JsonNode? FromTexts(IEnumerable<string>? values) =>
        values is null ? null : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    public static JsonNode? FromDate(FieldDefinition field, DateTime? value) => value switch
    {
        null => null,
        // The picker gives the server's local wall time; the offset keeps it unambiguous when stored in UTC.
        { } dt when field.Type == FieldType.DateTime => JsonValue.Create(new DateTimeOffset(dt).ToString("o", CultureInfo.InvariantCulture)),
        { } dt => JsonValue.Create(dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    };

    /// <summary>A <c>{ "id", "name" }</c> reference, as member, department and link fields store it.</summary>
    public static JsonObject Reference(string id, string name) => new() { ["id"] = id, ["name"] = name };
}
