using System.Text.Json.Serialization;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// The kinds of field a form can hold. The JSON names are lower case (<c>"multiselect"</c>, <c>"datetime"</c>);
/// the attributes keep <see cref="JsonSerializer"/> output identical to what the parser reads.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    [JsonStringEnumMemberName("text")] Text,
    [JsonStringEnumMemberName("textarea")] Textarea,
    [JsonStringEnumMemberName("number")] Number,
    [JsonStringEnumMemberName("money")] Money,
    [JsonStringEnumMemberName("percent")] Percent,
    [JsonStringEnumMemberName("date")] Date,
    [JsonStringEnumMemberName("datetime")] DateTime,
    [JsonStringEnumMemberName("time")] Time,
    [JsonStringEnumMemberName("radio")] Radio,

    /// <summary>A checkbox group: the value is an array of option values.</summary>
    [JsonStringEnumMemberName("checkbox")] Checkbox,
    [JsonStringEnumMemberName("select")] Select,
    [JsonStringEnumMemberName("multiselect")] MultiSelect,
    [JsonStringEnumMemberName("switch")] Switch,
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("phone")] Phone,
    [JsonStringEnumMemberName("rating")] Rating,
    [JsonStringEnumMemberName("attachment")] Attachment,

    /// <summary>A Chinese address: province, city and district codes plus a street-level detail line.</summary>
    [JsonStringEnumMemberName("address")] Address,

    /// <summary>A number the server assigns on submit from a <see cref="SerialFormat"/>; never typed in.</summary>
    [JsonStringEnumMemberName("serial")] Serial,

    /// <summary>Calculated and read-only: the server computes it from a <see cref="FieldFormula"/>; never typed in.</summary>
    [JsonStringEnumMemberName("formula")] Formula,

    /// <summary>Display only: a heading that groups the fields after it.</summary>
    [JsonStringEnumMemberName("section")] Section,

    /// <summary>Display only: explanatory text.</summary>
    [JsonStringEnumMemberName("description")] Description,
}
