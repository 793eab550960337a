using System.Collections.ObjectModel;
using System.Text.RegularExpressions;
using FlowChannel.Forms.Regions;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// One field of a form, as parsed and checked by <see cref="FormSchemaParser"/>. Instances only come out of the
/// parser, so every definition a validator sees has passed the schema checks.
/// </summary>
public sealed class FieldDefinition
{
    internal FieldDefinition()
    {
    }

    public string Key { get; internal init; } = string.Empty;

    public FieldType Type { get; internal init; }

    public LocalizedText Label { get; internal init; } = LocalizedText.Plain(string.Empty);

    public LocalizedText? Placeholder { get; internal init; }

    public LocalizedText? Help { get; internal init; }

    public bool Required { get; internal init; }

    public bool Hidden { get; internal init; }

    public bool ReadOnly { get; internal init; }

    public int? MinLength { get; internal init; }

    public int? MaxLength { get; internal init; }

    /// <summary>A .NET regular expression, not anchored implicitly (write <c>^…$</c>).</summary>
    public string? Pattern { get; internal init; }

    public LocalizedText? PatternMessage { get; internal init; }

    public decimal? Min { get; internal init; }

    /// <summary>The upper bound; for <see cref="FieldType.Rating"/> the number of stars (5 when not given).</summary>
    public decimal? Max { get; internal init; }

    public int? Precision { get; internal init; }

    /// <summary>The unit in the current UI culture (see <see cref="UnitText"/> for all translations).</summary>
    public string? Unit => UnitText?.ToString();

    /// <summary>The unit as authored; the form files write it bilingually (<c>{"zh-CN": "人", "en": "people"}</c>).</summary>
    public LocalizedText? UnitText { get; internal init; }

    /// <summary>How much of the form's row the field takes; <see cref="FieldWidth.Full"/> when not written.</summary>
    public FieldWidth Width { get; internal init; }

    /// <summary>An ISO 4217 code such as <c>CNY</c>.</summary>
    public string? Currency { get; internal init; }

    public IReadOnlyList<FieldOption> Options { get; internal init; } = [];

    public int? MaxItems { get; internal init; }

    /// <summary>For <see cref="FieldType.Address"/>: the deepest level asked for (<c>"level"</c>, district unless given).</summary>
    public RegionLevel AddressLevel { get; internal init; } = RegionLevel.District;

    /// <summary>For <see cref="FieldType.Address"/>: whether a street-level detail line is asked for (<c>"detail"</c>, true unless given).</summary>
    public bool AddressDetail { get; internal init; } = true;

    /// <summary>The numbering pattern of a <see cref="FieldType.Serial"/> field.</summary>
    public SerialFormat? Serial { get; internal init; }

    /// <summary>The compiled formula of a <see cref="FieldType.Formula"/> field, with the keys it reads and its result type.</summary>
    public FieldFormula? Formula { get; internal init; }

    /// <summary>For attachments and images: the content types accepted (<c>image/png</c>, <c>image/*</c>); any when empty.</summary>
    public IReadOnlyList<string> Accept { get; internal init; } = [];

    /// <summary>For attachments and images: the largest file accepted, in bytes.</summary>
    public long? MaxSize { get; internal init; }

    /// <summary>Whether no two records of the form (or rows of the subform) may hold the same value.</summary>
    public bool Unique { get; internal init; }

    /// <summary>Shown only while this boolean formula holds; a field hidden by it keeps no value.</summary>
    public FieldFormula? VisibleWhen { get; internal init; }

    /// <summary>Required while this boolean formula holds (besides <see cref="Required"/>).</summary>
    public FieldFormula? RequiredWhen { get; internal init; }

    /// <summary>Read-only while this boolean formula holds: the person's value is not taken.</summary>
    public FieldFormula? ReadOnlyWhen { get; internal init; }

    /// <summary>Custom checks: each formula must hold for a non-empty value, or its message is shown.</summary>
    public IReadOnlyList<FieldCheck> Validations { get; internal init; } = [];

    /// <summary>A default computed by a formula when the form opens (and on the server when no value is sent).</summary>
    public FieldFormula? DefaultFormula { get; internal init; }

    /// <summary>A default pulled from another form's record (数据联动).</summary>
    public DataLinkage? DefaultLink { get; internal init; }

    /// <summary>Options read from another form's records, for choice fields without static options.</summary>
    public OptionSource? OptionsFrom { get; internal init; }

    /// <summary>Option linkage: the key of the field whose value filters <see cref="Options"/> by <see cref="FieldOption.When"/>.</summary>
    public string? OptionsDependOn { get; internal init; }

    /// <summary>
    /// Whether <see cref="OptionsDependOn"/> names a column of this field's own row rather than a field of the form
    /// (decided once at parse time: the two have separate keys, so the same name could be both).
    /// </summary>
    public bool OptionsParentInRow { get; internal set; }

    /// <summary>For <see cref="FieldType.Link"/> fields.</summary>
    public LinkSettings? Link { get; internal init; }

    /// <summary>For <see cref="FieldType.Related"/> items.</summary>
    public RelatedSettings? Related { get; internal init; }

    /// <summary>For <see cref="FieldType.Subform"/>: the columns of each row.</summary>
    public IReadOnlyList<FieldDefinition> SubFields { get; internal set; } = [];

    public int? MinRows { get; internal init; }

    public int? MaxRows { get; internal init; }

    /// <summary>The key of the subform this field is a column of; null for fields of the form itself.</summary>
    public string? SubformKey { get; internal set; }

    /// <summary>For <see cref="FieldType.Tabs"/> and <see cref="FieldType.Columns"/>: the tabs or columns and what each holds.</summary>
    public IReadOnlyList<LayoutPane> Panes { get; internal set; } = [];

    /// <summary>Already normalized the way <c>RecordValidator</c> stores values; treat it as read-only.</summary>
    public JsonNode? DefaultValue { get; internal set; }

    /// <summary>Properties the parser does not know, kept so the language can grow (formulas, rules, subforms).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Extensions { get; internal init; } = ReadOnlyDictionary<string, JsonNode?>.Empty;

    /// <summary>Whether records hold a value for it; layout items, descriptions and related-record lists hold none.</summary>
    public bool HasValue => Type is not (FieldType.Section or FieldType.Description or FieldType.Divider or FieldType.Tabs
        or FieldType.Columns or FieldType.Related);

    /// <summary>Whether a person types or picks its value (not computed, numbered or display only).</summary>
    public bool IsInput => HasValue && Type is not (FieldType.Formula or FieldType.Serial);

    /// <summary>Values that are <c>{ "id", "name" }</c> references to users, departments or records.</summary>
    public bool IsReference => Type is FieldType.Member or FieldType.Members or FieldType.Department or FieldType.Departments or FieldType.Link;

    /// <summary>Whether the value is a list (of options, references or files).</summary>
    public bool IsMultiple => Type is FieldType.Checkbox or FieldType.MultiSelect or FieldType.Members or FieldType.Departments
        or FieldType.Attachment or FieldType.Image;

    /// <summary>Whether it only arranges other items.</summary>
    public bool IsContainer => Type is FieldType.Tabs or FieldType.Columns;

    public bool IsChoice => Type is FieldType.Radio or FieldType.Select or FieldType.Checkbox or FieldType.MultiSelect;

    /// <summary>The compiled <see cref="Pattern"/>, shared through <see cref="PatternCache"/>.</summary>
    internal Regex? PatternRegex { get; init; }

    /// <summary>Column key → column, for subforms.</summary>
    internal Dictionary<string, FieldDefinition> SubFieldIndex { get; set; } = [];

    /// <summary>For subforms: whether any column has a visibility, required or read-only rule (or is required), so rows need a rules pass.</summary>
    internal bool RowsHaveRules { get; private set; }

    /// <summary>For subforms: whether any column has a rule that can take its value away (visible when, read-only when).</summary>
    internal bool RowsHaveWithdrawingRules { get; private set; }

    /// <summary>For subforms: whether any column is required by a rule (required when), which only the rules pass can decide.</summary>
    internal bool RowsHaveRequiredRules { get; private set; }

    /// <summary>The columns as an array: walked once per row by every validation pass, without an enumerator per row.</summary>
    internal FieldDefinition[] SubFieldArray { get; private set; } = [];

    /// <summary>For subforms: whether any column has checks, option linkage, sourced options or uniqueness, so rows need a checks pass.</summary>
    internal bool RowsHaveChecks { get; private set; }

    /// <summary>Sets the columns of a subform, with what validation needs to know about them as a whole.</summary>
    internal void SetColumns(IReadOnlyList<FieldDefinition> columns)
    {
        SubFields = columns;
        SubFieldArray = [.. columns];
        SubFieldIndex = columns.ToDictionary(f => f.Key, StringComparer.Ordinal);
        RowsHaveRules = columns.Any(c => c.Required || c.VisibleWhen is not null || c.RequiredWhen is not null || c.ReadOnlyWhen is not null);
        RowsHaveWithdrawingRules = columns.Any(c => c.VisibleWhen is not null || c.ReadOnlyWhen is not null);
        RowsHaveRequiredRules = columns.Any(c => c.RequiredWhen is not null);
        RowsHaveChecks = columns.Any(c => c.Validations.Count > 0 || c.OptionsDependOn is not null || c.Unique || c.OptionsFrom is not null);
    }

    /// <summary>Option value → position, for O(1) checks: option lists like provinces or products can be long.</summary>
    internal Dictionary<string, int> OptionIndex { get; init; } = [];
}
