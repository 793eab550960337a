namespace FlowChannel.Forms.Schema;

/// <summary>A parsed, checked form schema (one version of one form). Immutable and safe to share between threads.</summary>
public sealed class FormSchema
{
    private readonly Dictionary<string, FieldDefinition> _byKey;

    internal FormSchema(
        string id,
        int version,
        LocalizedText title,
        LocalizedText? description,
        FieldDefinition[] fields,
        IReadOnlyDictionary<string, JsonNode?> extensions,
        FieldDefinition[] formulaOrder)
    {
        Id = id;
        Version = version;
        Title = title;
        Description = description;
        FieldArray = fields;
        Fields = Array.AsReadOnly(fields);
        Extensions = extensions;
        FormulaOrderArray = formulaOrder;
        FormulaOrder = Array.AsReadOnly(formulaOrder);
        _byKey = new Dictionary<string, FieldDefinition>(fields.Length, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            _byKey.Add(field.Key, field);
        }
    }

    public string Id { get; }

    public int Version { get; }

    public LocalizedText Title { get; }

    public LocalizedText? Description { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>Root properties the parser does not know (besides <c>$schema</c>), kept like a field's extensions.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Extensions { get; }

    /// <summary>The <see cref="FieldType.Formula"/> fields in the order they are computed: each after every formula it reads.</summary>
    public IReadOnlyList<FieldDefinition> FormulaOrder { get; }

    internal FieldDefinition[] FormulaOrderArray { get; }

    /// <summary>The same fields as <see cref="Fields"/>, for loops that should not pay for interface calls.</summary>
    internal FieldDefinition[] FieldArray { get; }

    /// <summary>The field with exactly this key (keys are case-sensitive), or null.</summary>
    public FieldDefinition? FindField(string key) => _byKey.GetValueOrDefault(key);
}
