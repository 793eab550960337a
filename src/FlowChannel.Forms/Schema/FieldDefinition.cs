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

    /// <summary>Already normalized the way <c>RecordValidator</c> stores values; treat it as read-only.</summary>
    public JsonNode? DefaultValue { get; internal set; }

    /// <summary>Properties the parser does not know, kept so the language can grow (formulas, rules, subforms).</summary>
    public IReadOnlyDictionary<string, JsonNode?> Extensions { get; internal init; } = ReadOnlyDictionary<string, JsonNode?>.Empty;

    public bool HasValue => Type is not (FieldType.Section or FieldType.Description);

    public bool IsChoice => Type is FieldType.Radio or FieldType.Select or FieldType.Checkbox or FieldType.MultiSelect;

    /// <summary>The compiled <see cref="Pattern"/>, shared through <see cref="PatternCache"/>.</summary>
    internal Regex? PatternRegex { get; init; }

    /// <summary>Option value → position, for O(1) checks: option lists like provinces or products can be long.</summary>
    internal Dictionary<string, int> OptionIndex { get; init; } = [];
}
