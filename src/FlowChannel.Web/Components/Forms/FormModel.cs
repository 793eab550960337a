using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Components.Forms;

/// <summary>
/// What a person has typed into a rendered form, as typed values per field; <see cref="ToJson"/> gives
/// the record body that the server validates again against the same schema version.
/// </summary>
public sealed class FormModel
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public FormModel(FormSchema schema)
    {
        Schema = schema;
        foreach (var field in schema.Fields.Where(f => f.HasValue && f.DefaultValue is not null))
        {
            _values[field.Key] = FromJson(field, field.DefaultValue!);
        }
    }

    public FormSchema Schema { get; }

    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>The record as the validator last normalized it, formula results included, for display.</summary>
    public JsonObject? Computed { get; set; }

    public T? Get<T>(string key) => _values.TryGetValue(key, out var v) && v is T typed ? typed : default;

    public void Set(string key, object? value)
    {
        _values[key] = value;
        Touched.Add(key);
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var field in Schema.Fields)
        {
            if (!field.HasValue || field.Hidden || field.ReadOnly || field.Type is FieldType.Formula or FieldType.Serial
                || !_values.TryGetValue(field.Key, out var value))
            {
                continue;
            }
            if (ToNode(field, value) is { } node)
            {
                json[field.Key] = node;
            }
        }
        return json;
    }

    private static JsonNode? ToNode(FieldDefinition field, object? value) => value switch
    {
        null => null,
        // The picker gives the server's local wall time; the offset keeps it unambiguous when stored in UTC.
        DateTime dt when field.Type == FieldType.DateTime => new DateTimeOffset(dt).ToString("o", CultureInfo.InvariantCulture),
        string s when string.IsNullOrWhiteSpace(s) => null,
        string s => s,
        decimal d => d,
        int i when i > 0 => i,
        int => null,
        bool b => b,
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> items => new JsonArray(items.Select(x => (JsonNode?)x).ToArray()),
        JsonArray array => array.DeepClone(),
        JsonObject obj => obj.DeepClone(),
        _ => value.ToString(),
    };

    private static object? FromJson(FieldDefinition field, JsonNode node) => field.Type switch
    {
        FieldType.Number or FieldType.Money or FieldType.Percent => node.GetValue<decimal>(),
        FieldType.Rating => node.GetValue<int>(),
        FieldType.Switch => node.GetValue<bool>(),
        FieldType.MultiSelect or FieldType.Checkbox => node.AsArray().Select(x => x!.ToString()).ToList(),
        FieldType.Date or FieldType.DateTime when DateTime.TryParse(node.ToString(), CultureInfo.InvariantCulture, out var date) => date,
        _ => node.ToString(),
    };
}
