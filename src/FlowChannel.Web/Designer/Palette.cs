using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>The designer's palette: every field and layout type of the form language, in groups a business user scans.</summary>
public static class Palette
{
    public static readonly IReadOnlyList<(string Group, IReadOnlyList<FieldType> Types)> Groups =
    [
        ("basic", [FieldType.Text, FieldType.Textarea, FieldType.Number, FieldType.Money, FieldType.Percent, FieldType.Date,
            FieldType.DateTime, FieldType.Time, FieldType.Email, FieldType.Phone, FieldType.Url, FieldType.Rating, FieldType.Switch]),
        ("choice", [FieldType.Radio, FieldType.Checkbox, FieldType.Select, FieldType.MultiSelect]),
        ("advanced", [FieldType.Subform, FieldType.Formula, FieldType.Serial, FieldType.Link, FieldType.Related, FieldType.Attachment,
            FieldType.Image, FieldType.Signature, FieldType.Address, FieldType.Location, FieldType.Member, FieldType.Members,
            FieldType.Department, FieldType.Departments]),
        ("layout", [FieldType.Section, FieldType.Description, FieldType.Divider, FieldType.Tabs, FieldType.Columns]),
    ];

    /// <summary>Items that hold other items: the canvas offers drop zones inside them.</summary>
    public static bool IsContainer(FieldType type) => type is FieldType.Subform or FieldType.Tabs or FieldType.Columns;

    /// <summary>What a subform may hold as a column: fields with a value, no layout, no serial, no nested subform.</summary>
    public static bool FitsInSubform(FieldType type) =>
        type is not (FieldType.Subform or FieldType.Serial or FieldType.Section or FieldType.Description or FieldType.Divider
            or FieldType.Tabs or FieldType.Columns or FieldType.Related);

    /// <summary>Types that hold a value a rule or formula can read.</summary>
    public static bool HoldsValue(FieldType type) =>
        type is not (FieldType.Section or FieldType.Description or FieldType.Divider or FieldType.Tabs or FieldType.Columns
            or FieldType.Related);
}
