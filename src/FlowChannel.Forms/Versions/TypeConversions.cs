using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Versions;

/// <summary>
/// The field-type changes a published form may make. A change is safe when every value an old record can hold is
/// still a value of the new type, read the same way (docs/form-versions.md has the table and the reasons).
/// Everything not listed is lossy, so a type added later is refused until someone decides otherwise.
/// </summary>
public static class TypeConversions
{
    private static readonly HashSet<(FieldType From, FieldType To)> Safe =
    [
        // Numbers stay decimal numbers; the new type only adds a currency or a percent sign.
        (FieldType.Number, FieldType.Money),
        (FieldType.Number, FieldType.Percent),
        // A rating is a whole number of stars.
        (FieldType.Rating, FieldType.Number),
        // Any single-line text fits a multi-line box; an email address, phone number or URL is still text.
        (FieldType.Text, FieldType.Textarea),
        (FieldType.Email, FieldType.Text),
        (FieldType.Email, FieldType.Textarea),
        (FieldType.Phone, FieldType.Text),
        (FieldType.Phone, FieldType.Textarea),
        (FieldType.Url, FieldType.Text),
        (FieldType.Url, FieldType.Textarea),
        // One option value either way; only the widget differs.
        (FieldType.Select, FieldType.Radio),
        (FieldType.Radio, FieldType.Select),
        // One value becomes a list of one.
        (FieldType.Select, FieldType.MultiSelect),
        (FieldType.Radio, FieldType.Checkbox),
        (FieldType.Select, FieldType.Checkbox),
        (FieldType.Radio, FieldType.MultiSelect),
        // A list of option values either way.
        (FieldType.Checkbox, FieldType.MultiSelect),
        (FieldType.MultiSelect, FieldType.Checkbox),
        // One person or department becomes a list of one.
        (FieldType.Member, FieldType.Members),
        (FieldType.Department, FieldType.Departments),
        // Pictures are files; an attachment field takes any file.
        (FieldType.Image, FieldType.Attachment),
        // A day is read as its midnight.
        (FieldType.Date, FieldType.DateTime),
    ];

    /// <summary>Whether records holding a value of type <paramref name="from"/> keep all of it under type <paramref name="to"/>.</summary>
    public static bool IsSafe(FieldType from, FieldType to) => from == to || Safe.Contains((from, to));

    /// <summary>Every safe change between different types, for documentation and tests.</summary>
    public static IReadOnlyCollection<(FieldType From, FieldType To)> SafeChanges => Safe;
}
