using System.Globalization;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Records.Import;

/// <summary>Where one column goes: a field of the form, or nowhere (with the reason it is left out).</summary>
public sealed record ImportColumnMapping(string Letter, string Header, string? FieldKey, string? FieldLabel, string? Note);

/// <summary>
/// Which column fills which field. A column is matched by its header against each field's key and its labels in every
/// language (case and surrounding spaces ignored); an explicit mapping (letter → field key, or null to leave a column
/// out) overrides the guess. Only top-level fields a person types or picks are importable; the caller must be allowed
/// to edit each field a column fills.
/// </summary>
public static class ImportMapping
{
    public static IReadOnlyList<ImportColumnMapping> Resolve(FormSchema schema, FormRights rights, IReadOnlyList<ImportColumn> columns,
        IReadOnlyDictionary<string, string?>? explicitMapping, CultureInfo culture, out IReadOnlyList<FieldError> errors)
    {
        var found = new List<FieldError>();
        var result = new List<ImportColumnMapping>();
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unknown in (explicitMapping?.Keys ?? []).Where(k => columns.All(c => c.Letter != k)))
        {
            found.Add(new FieldError($"mapping.{unknown}", "unknownColumn", $"Column {unknown} has no header in the file."));
        }
        foreach (var column in columns)
        {
            var isExplicit = explicitMapping is not null && explicitMapping.ContainsKey(column.Letter);
            var field = isExplicit ? Explicit(schema, column, explicitMapping![column.Letter], found) : Guess(schema, column.Header);
            var where = $"Column {column.Letter} ('{column.Header}')";
            string? note = null;
            if (field is not null && !IsImportable(field))
            {
                note = $"{where}: '{field.Label.Resolve(culture)}' is computed or cannot be typed into a cell; it is left out.";
                if (isExplicit)
                {
                    found.Add(new FieldError($"mapping.{column.Letter}", "notImportable", note.Replace("; it is left out", "", StringComparison.Ordinal)));
                }
                field = null;
            }
            else if (field is not null && !MayEdit(field, rights))
            {
                found.Add(new FieldError($"mapping.{column.Letter}", "fieldNotEditable",
                    $"{where}: you may not edit '{field.Label.Resolve(culture)}'; leave the column out of the import."));
            }
            else if (field is not null && taken.TryGetValue(field.Key, out var other))
            {
                found.Add(new FieldError($"mapping.{column.Letter}", "duplicateColumn",
                    $"{where}: '{field.Label.Resolve(culture)}' is already filled from column {other}."));
            }
            if (field is not null)
            {
                taken.TryAdd(field.Key, column.Letter);
            }
            result.Add(new ImportColumnMapping(column.Letter, column.Header, field?.Key, field?.Label.Resolve(culture), note));
        }
        if (result.All(c => c.FieldKey is null) && found.Count == 0)
        {
            found.Add(new FieldError("mapping", "noColumns", "No column matches a field of the form by key or label; map the columns by hand."));
        }
        errors = found;
        return result;
    }

    public static bool IsImportable(FieldDefinition field) => field.IsInput && field.SubformKey is null && field.Type is not (
        FieldType.Subform or FieldType.Attachment or FieldType.Image or FieldType.Signature or FieldType.Location or FieldType.Address);

    private static bool MayEdit(FieldDefinition field, FormRights rights) =>
        !field.Hidden && !field.ReadOnly && (rights.IsAdmin || rights.Field(field.Key) == FieldRight.Edit);

    private static FieldDefinition? Explicit(FormSchema schema, ImportColumn column, string? key, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        var field = schema.FindField(key);
        if (field is null || field.SubformKey is not null)
        {
            errors.Add(new FieldError($"mapping.{column.Letter}", "unknownField", $"Column {column.Letter}: the form has no field '{key}'."));
        }
        return field?.SubformKey is null ? field : null;
    }

    private static FieldDefinition? Guess(FormSchema schema, string header)
    {
        var text = header.Trim();
        return schema.Fields.FirstOrDefault(f => f.HasValue && IsImportable(f) && Matches(f, text))
            ?? schema.Fields.FirstOrDefault(f => f.HasValue && Matches(f, text));
    }

    private static bool Matches(FieldDefinition field, string header) =>
        string.Equals(field.Key, header, StringComparison.OrdinalIgnoreCase)
        || field.Label.Values.Values.Any(l => string.Equals(l.Trim(), header, StringComparison.OrdinalIgnoreCase));
}
