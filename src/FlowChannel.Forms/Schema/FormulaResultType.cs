using System.Text.Json.Serialization;

namespace FlowChannel.Forms.Schema;

/// <summary>What a <see cref="FieldType.Formula"/> field stores: the formula's value is normalized to this kind.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FormulaResultType>))]
public enum FormulaResultType
{
    /// <summary>A decimal number, rounded to the field's precision when it has one.</summary>
    [JsonStringEnumMemberName("number")] Number,

    /// <summary>A decimal amount, rounded to the field's precision (2 decimals unless given).</summary>
    [JsonStringEnumMemberName("money")] Money,

    [JsonStringEnumMemberName("text")] Text,

    /// <summary>A date stored as <c>yyyy-MM-dd</c>.</summary>
    [JsonStringEnumMemberName("date")] Date,

    [JsonStringEnumMemberName("boolean")] Boolean,
}
