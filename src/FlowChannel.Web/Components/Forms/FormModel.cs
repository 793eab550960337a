using System.Text.Json.Nodes;
using FlowChannel.Forms.Calculation;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Components.Forms;

/// <summary>
/// A record being filled in, held as the JSON the server stores. Each change recomputes only the formulas that
/// depend on it (<see cref="FormCalculator.Recompute"/>) and drops options that option linkage no longer offers;
/// <see cref="ToJson"/> gives the body the server validates again against the same schema version.
/// </summary>
public sealed class FormModel
{
    public FormModel(FormSchema schema, JsonObject? data = null)
    {
        Schema = schema;
        Calculator = new FormCalculator(schema);
        IsNew = data is null;
        Data = data?.DeepClone().AsObject() ?? NewRecord(schema);
        Calculator.RecomputeAll(Data);
        _opened = Data.DeepClone().AsObject();
    }

    // The values as the form opened (a new record's defaults): a person limited to some options may keep these.
    private readonly JsonObject _opened;

    /// <summary>
    /// Per choice field of the form whose options the person's permission sets limit, the values they may set
    /// (<see cref="FlowChannel.Application.Permissions.FormRightsView.Options"/>); the server checks the same.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedOptions { get; set; } = new Dictionary<string, IReadOnlySet<string>>();

    public FormSchema Schema { get; }

    public FormCalculator Calculator { get; }

    /// <summary>The record: typed values, formula results and subform rows, exactly as stored.</summary>
    public JsonObject Data { get; }

    /// <summary>Whether the record is new, so defaults and default rows were applied.</summary>
    public bool IsNew { get; }

    /// <summary>Paths a person has changed (<c>price</c>, <c>lines[2].qty</c>): their errors show before submit.</summary>
    public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

    /// <summary>Raised after any value changes, with the key or <c>sub.col</c> node that changed.</summary>
    public event Action<string>? Changed;

    public JsonNode? this[string key] => Data[key];

    /// <summary>Sets a form-level value (null clears it) and recomputes what depends on it.</summary>
    public void Set(string key, JsonNode? value)
    {
        Write(Data, key, value);
        Touched.Add(key);
        Calculator.Recompute(Data, key);
        DropUnofferedOptions(Schema.Fields, Data, null, key);
        Changed?.Invoke(key);
    }

    /// <summary>Sets a value the form filled in itself (数据联动): it stays untouched, so the next lookup may replace it.</summary>
    public void Fill(string key, JsonNode? value)
    {
        Write(Data, key, value);
        Calculator.Recompute(Data, key);
        DropUnofferedOptions(Schema.Fields, Data, null, key);
    }

    /// <summary>Sets one cell of a subform row and recomputes that row (and totals over the column).</summary>
    public void SetCell(FieldDefinition subform, int rowIndex, string column, JsonNode? value)
    {
        var row = Rows(subform.Key)[rowIndex]!.AsObject();
        Write(row, column, value);
        Touched.Add($"{subform.Key}[{rowIndex}].{column}");
        var node = subform.Key + "." + column;
        Calculator.Recompute(Data, node, rowIndex);
        DropUnofferedOptions(subform.SubFields, Data, row, column);
        Changed?.Invoke(node);
    }

    /// <summary>The rows of a subform, created empty when missing.</summary>
    public JsonArray Rows(string subformKey)
    {
        if (Data[subformKey] is JsonArray rows)
        {
            return rows;
        }
        var created = new JsonArray();
        Data[subformKey] = created;
        return created;
    }

    /// <summary>Appends a row with its columns' defaults, unless the subform is full.</summary>
    public bool AddRow(FieldDefinition subform)
    {
        var rows = Rows(subform.Key);
        if ((subform.MaxRows is { } max && rows.Count >= max) || rows.Count >= SubformLimits.MaxRows)
        {
            return false;
        }
        rows.Add(NewRow(subform, Data));
        Calculator.RecomputeAll(Data);
        Changed?.Invoke(subform.Key);
        return true;
    }

    /// <summary>Removes a row, unless the subform would have fewer than its minimum.</summary>
    public bool RemoveRow(FieldDefinition subform, int rowIndex)
    {
        var rows = Rows(subform.Key);
        if (rows.Count <= (subform.MinRows ?? 0) || rowIndex < 0 || rowIndex >= rows.Count)
        {
            return false;
        }
        rows.RemoveAt(rowIndex);
        // Row paths after the removed one moved up: their old marks would point at the wrong rows.
        Touched.RemoveWhere(p => p.StartsWith(subform.Key + "[", StringComparison.Ordinal));
        Touched.Add(subform.Key);
        Calculator.RecomputeAll(Data);
        Changed?.Invoke(subform.Key);
        return true;
    }

    public bool IsVisible(FieldDefinition field, JsonObject? row = null) => FormCalculator.IsVisible(field, Data, row);

    public bool IsRequired(FieldDefinition field, JsonObject? row = null) => FormCalculator.IsRequired(field, Data, row);

    public bool IsReadOnly(FieldDefinition field, JsonObject? row = null) => FormCalculator.IsReadOnly(field, Data, row);

    public IReadOnlyList<FieldOption> OptionsFor(FieldDefinition field, JsonObject? row = null) => FormCalculator.OptionsFor(field, Data, row);

    /// <summary>The options to offer the person: <see cref="OptionsFor"/>, narrowed to those they may set and the value the field held when the form opened.</summary>
    public IReadOnlyList<FieldOption> OfferedOptions(FieldDefinition field, JsonObject? row = null)
    {
        var options = OptionsFor(field, row);
        return row is null && AllowedOptions.TryGetValue(field.Key, out var allowed)
            ? [.. OptionLimits.Offered(options, o => o.Value, allowed, _opened[field.Key])]
            : options;
    }

    /// <summary>
    /// The record body to send: only values a person may write (no formulas, serials, hidden or read-only fields,
    /// nothing a visibility rule hides). The server validates and normalizes it again.
    /// </summary>
    public JsonObject ToJson() => Writable(Schema.Fields, Data, null);

    private JsonObject Writable(IEnumerable<FieldDefinition> fields, JsonObject source, JsonObject? row)
    {
        var json = new JsonObject();
        foreach (var field in fields)
        {
            if (!field.IsInput || field.Type == FieldType.Serial || source[field.Key] is not { } value
                || !IsVisible(field, row) || IsReadOnly(field, row))
            {
                continue;
            }
            json[field.Key] = field.Type == FieldType.Subform && value is JsonArray rows
                ? new JsonArray([.. rows.OfType<JsonObject>().Select(r => (JsonNode)Writable(field.SubFields, r, r))])
                : value.DeepClone();
        }
        return json;
    }

    private void DropUnofferedOptions(IReadOnlyList<FieldDefinition> fields, JsonObject data, JsonObject? row, string changedKey)
    {
        var target = row ?? data;
        foreach (var field in fields)
        {
            if (field.OptionsDependOn != changedKey || field.Options.Count == 0 || target[field.Key] is not { } value)
            {
                continue;
            }
            var offered = FormCalculator.OptionsFor(field, data, row).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
            JsonNode? kept = value is JsonArray many
                ? new JsonArray([.. many.Where(v => v is not null && offered.Contains(v.ToString())).Select(v => v!.DeepClone())])
                : offered.Contains(value.ToString()) ? value : null;
            if (kept is null || kept is JsonArray { Count: 0 })
            {
                target.Remove(field.Key);
            }
            else if (!ReferenceEquals(kept, value))
            {
                target[field.Key] = kept;
            }
            if (row is null)
            {
                Calculator.Recompute(data, field.Key);
            }
        }
    }

    private static void Write(JsonObject target, string key, JsonNode? value)
    {
        if (value is null || (value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s))
            || value is JsonArray { Count: 0 })
        {
            target.Remove(key);
        }
        else
        {
            target[key] = value.Parent is null ? value : value.DeepClone();
        }
    }

    private static JsonObject NewRecord(FormSchema schema)
    {
        var data = new JsonObject();
        foreach (var field in schema.Fields.Where(f => f.IsInput && f.Type != FieldType.Subform))
        {
            if (FormCalculator.DefaultFor(field, data) is { } value)
            {
                data[field.Key] = value;
            }
        }
        foreach (var subform in schema.Fields.Where(f => f.Type == FieldType.Subform))
        {
            var rows = subform.DefaultValue is JsonArray defaults
                ? new JsonArray([.. defaults.OfType<JsonObject>().Select(r => (JsonNode)WithColumnDefaults(subform, data, r.DeepClone().AsObject()))])
                : [];
            while (rows.Count < (subform.MinRows ?? 0))
            {
                rows.Add(NewRow(subform, data));
            }
            data[subform.Key] = rows;
        }
        return data;
    }

    private static JsonObject NewRow(FieldDefinition subform, JsonObject data) => WithColumnDefaults(subform, data, []);

    private static JsonObject WithColumnDefaults(FieldDefinition subform, JsonObject data, JsonObject row)
    {
        foreach (var column in subform.SubFields.Where(c => c.IsInput && !row.ContainsKey(c.Key)))
        {
            if (FormCalculator.DefaultFor(column, data, row) is { } value)
            {
                row[column.Key] = value;
            }
        }
        return row;
    }
}
