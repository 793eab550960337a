using FlowChannel.Forms.Permissions;

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
        FieldList fields,
        IReadOnlyDictionary<string, JsonNode?> extensions,
        FormPermissions permissions)
    {
        Permissions = permissions;
        Id = id;
        Version = version;
        Title = title;
        Description = description;
        FieldArray = fields.Fields;
        Fields = Array.AsReadOnly(fields.Fields);
        Layout = Array.AsReadOnly(fields.Layout);
        Extensions = extensions;
        FormulaOrderArray = fields.FormulaOrder;
        FormulaOrder = Array.AsReadOnly(fields.FormulaOrder);
        SubmitChecks = Array.AsReadOnly(fields.SubmitChecks);
        _byKey = new Dictionary<string, FieldDefinition>(fields.Fields.Length, StringComparer.Ordinal);
        foreach (var field in fields.Fields)
        {
            _byKey.Add(field.Key, field);
        }

        Dependencies = new FormDependencies(this);
        HasWithdrawingRules = fields.Fields.Concat(fields.Fields.SelectMany(f => f.SubFields))
            .Any(f => f.VisibleWhen is not null || f.ReadOnlyWhen is not null || (f.IsContainer && f.Hidden));
    }

    /// <summary>Whether any rule (or hidden container) can take a person's value away, so validation needs its rounds.</summary>
    internal bool HasWithdrawingRules { get; }

    public string Id { get; }

    public int Version { get; }

    public LocalizedText Title { get; }

    public LocalizedText? Description { get; }

    /// <summary>
    /// Every field and layout item of the form itself in document order, the contents of tabs and columns included
    /// (not subform columns: see <see cref="FieldDefinition.SubFields"/>).
    /// </summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>The top-level items as written; tabs and columns hold the rest in their <see cref="FieldDefinition.Panes"/>.</summary>
    public IReadOnlyList<FieldDefinition> Layout { get; }

    /// <summary>Checks over the whole record, run on submit once every field is valid.</summary>
    public IReadOnlyList<FieldCheck> SubmitChecks { get; }

    /// <summary>What to recompute when a value changes.</summary>
    public FormDependencies Dependencies { get; }

    /// <summary>The permission sets this version ships with; <see cref="FormPermissions.None"/> when it declares none.</summary>
    public FormPermissions Permissions { get; }

    /// <summary>Root properties the parser does not know (besides <c>$schema</c>), kept like a field's extensions.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Extensions { get; }

    /// <summary>
    /// The <see cref="FieldType.Formula"/> fields, of the form and of subform columns, in the order they are computed:
    /// each after every formula it reads. A column's formula is computed for every row.
    /// </summary>
    public IReadOnlyList<FieldDefinition> FormulaOrder { get; }

    internal FieldDefinition[] FormulaOrderArray { get; }

    /// <summary>The same fields as <see cref="Fields"/>, for loops that should not pay for interface calls.</summary>
    internal FieldDefinition[] FieldArray { get; }

    /// <summary>The field with exactly this key (keys are case-sensitive), or null.</summary>
    public FieldDefinition? FindField(string key) => _byKey.GetValueOrDefault(key);
}
