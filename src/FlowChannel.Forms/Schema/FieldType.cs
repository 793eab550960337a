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

    /// <summary>An absolute http or https address.</summary>
    [JsonStringEnumMemberName("url")] Url,

    /// <summary>A point on the map: <c>{ "lat", "lng", "address"? }</c>.</summary>
    [JsonStringEnumMemberName("location")] Location,

    /// <summary>One user, stored as <c>{ "id", "name" }</c>; the server checks the user exists and fills the name.</summary>
    [JsonStringEnumMemberName("member")] Member,

    /// <summary>Several users, an array of <c>{ "id", "name" }</c>.</summary>
    [JsonStringEnumMemberName("members")] Members,

    /// <summary>One department, stored as <c>{ "id", "name" }</c>.</summary>
    [JsonStringEnumMemberName("department")] Department,

    /// <summary>Several departments.</summary>
    [JsonStringEnumMemberName("departments")] Departments,

    /// <summary>Uploaded pictures: like attachments, limited to image content types.</summary>
    [JsonStringEnumMemberName("image")] Image,

    /// <summary>A handwritten signature drawn in the browser, stored as one uploaded PNG file.</summary>
    [JsonStringEnumMemberName("signature")] Signature,

    /// <summary>关联数据: a reference to one record of another form, <c>{ "id", "name" }</c>, optionally copying its fields.</summary>
    [JsonStringEnumMemberName("link")] Link,

    /// <summary>关联查询: a read-only list of another form's records that match conditions on this record's values.</summary>
    [JsonStringEnumMemberName("related")] Related,

    /// <summary>Repeating rows with their own fields; the value is an array of row objects.</summary>
    [JsonStringEnumMemberName("subform")] Subform,

    /// <summary>Display only: a heading that groups the fields after it.</summary>
    [JsonStringEnumMemberName("section")] Section,

    /// <summary>Display only: explanatory text.</summary>
    [JsonStringEnumMemberName("description")] Description,

    /// <summary>Display only: a horizontal rule.</summary>
    [JsonStringEnumMemberName("divider")] Divider,

    /// <summary>Layout: fields grouped on tabs (<c>"tabs": [{ "label", "fields" }]</c>).</summary>
    [JsonStringEnumMemberName("tabs")] Tabs,

    /// <summary>Layout: fields side by side (<c>"columns": [{ "fields" }]</c>), stacked at phone width.</summary>
    [JsonStringEnumMemberName("columns")] Columns,
}
