namespace FlowChannel.Forms.Schema;

/// <summary>The JSON names of <see cref="FieldType"/>, in one table the parser and its messages share.</summary>
internal static class FieldTypeNames
{
    private static readonly Dictionary<string, FieldType> ByName = new(StringComparer.Ordinal)
    {
        ["text"] = FieldType.Text,
        ["textarea"] = FieldType.Textarea,
        ["number"] = FieldType.Number,
        ["money"] = FieldType.Money,
        ["percent"] = FieldType.Percent,
        ["date"] = FieldType.Date,
        ["datetime"] = FieldType.DateTime,
        ["time"] = FieldType.Time,
        ["radio"] = FieldType.Radio,
        ["checkbox"] = FieldType.Checkbox,
        ["select"] = FieldType.Select,
        ["multiselect"] = FieldType.MultiSelect,
        ["switch"] = FieldType.Switch,
        ["email"] = FieldType.Email,
        ["phone"] = FieldType.Phone,
        ["rating"] = FieldType.Rating,
        ["attachment"] = FieldType.Attachment,
        ["address"] = FieldType.Address,
        ["serial"] = FieldType.Serial,
        ["formula"] = FieldType.Formula,
        ["url"] = FieldType.Url,
        ["location"] = FieldType.Location,
        ["member"] = FieldType.Member,
        ["members"] = FieldType.Members,
        ["department"] = FieldType.Department,
        ["departments"] = FieldType.Departments,
        ["image"] = FieldType.Image,
        ["signature"] = FieldType.Signature,
        ["link"] = FieldType.Link,
        ["related"] = FieldType.Related,
        ["subform"] = FieldType.Subform,
        ["section"] = FieldType.Section,
        ["description"] = FieldType.Description,
        ["divider"] = FieldType.Divider,
        ["tabs"] = FieldType.Tabs,
        ["columns"] = FieldType.Columns,
    };

    private static readonly Dictionary<FieldType, string> ByType = ByName.ToDictionary(p => p.Value, p => p.Key);

    internal static IEnumerable<string> All => ByName.Keys;

    internal static string AllowedList { get; } = string.Join(", ", ByName.Keys);

    internal static bool TryParse(string name, out FieldType type) => ByName.TryGetValue(name, out type);

    internal static string NameOf(FieldType type) => ByType[type];
}
