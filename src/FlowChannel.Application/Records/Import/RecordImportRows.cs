using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Records.Import;

/// <summary>A row that passed every check, with its validated data and the unique values it will claim.</summary>
public sealed record CheckedRow(int Number, JsonObject Data, IReadOnlyList<(string FieldKey, string Hash, string Path)> Uniques);

/// <summary>
/// Checks one row the way a submission is checked: its cells converted per field type, then the same
/// <see cref="SubmissionChecks"/> (server fills, validator, sourced options, references) and the same protected
/// defaults; uniqueness is settled per batch by <see cref="RecordImportRunner"/>. Errors name the row and column.
/// </summary>
public sealed class RecordImportRows(FormSchema schema, FormRights rights, Actor actor, IReadOnlyList<ImportColumnMapping> mapping,
    ImportCellConverter converter, SubmissionChecks checks, CultureInfo culture)
{
    private readonly List<(ImportColumnMapping Column, FieldDefinition Field)> _columns =
        [.. mapping.Where(m => m.FieldKey is not null).Select(m => (m, schema.FindField(m.FieldKey!)!))];

    public async Task<(CheckedRow? Row, List<ImportCellError> Errors)> CheckAsync(ImportRow row, CancellationToken ct)
    {
        var errors = new List<ImportCellError>();
        var input = new JsonObject();
        foreach (var (column, field) in _columns)
        {
            var (value, error) = converter.Convert(field, row.Cells.TryGetValue(column.Letter, out var cell) ? cell : null);
            if (error is not null)
            {
                errors.Add(new ImportCellError(row.Number, column.Letter, column.Header, field.Key, FieldErrorCodes.Reference, error));
            }
            else if (value is not null)
            {
                input[field.Key] = value;
            }
        }
        // As for a submission: the importer's sets may limit the options they set, a field's default excepted.
        errors.AddRange(rights.OptionRefusals(input, key => schema.FindField(key)?.DefaultValue, "").Select(e => ToCell(row.Number, e)));
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        RecordValidationResult validation;
        try
        {
            validation = await checks.CheckAsync(schema, input, actor, culture, ct);
        }
        catch (RecordValidationException e)
        {
            return (null, [.. e.Errors.Select(x => ToCell(row.Number, x))]);
        }
        ApplyProtectedDefaults(validation.Data);
        var uniques = validation.UniqueValues.Where(u => u.Field.SubformKey is null)
            .Select(u => (u.Field.Key, UniqueValueClaims.Hash(u), u.Path)).ToList();
        return (new CheckedRow(row.Number, validation.Data, uniques), errors);
    }

    /// <summary>An error at a field path (<c>amount</c>, <c>tags[1]</c>) placed in the column that fills the field.</summary>
    public ImportCellError ToCell(int row, FieldError error)
    {
        var key = error.Path.Split('[', '.')[0];
        var column = _columns.FirstOrDefault(c => c.Field.Key == key).Column;
        var label = schema.FindField(key)?.Label.Resolve(culture);
        var message = column is null && label is not null ? $"{label}: {error.Message}" : error.Message;
        return new ImportCellError(row, column?.Letter, column?.Header, key.Length > 0 ? key : null, error.Code, message);
    }

    /// <summary>As for a submission: fields the importer may not fill start with their defaults.</summary>
    private void ApplyProtectedDefaults(JsonObject data)
    {
        foreach (var field in schema.Fields)
        {
            var locked = field.Hidden || field.ReadOnly || (field.IsInput && !rights.IsAdmin && rights.Field(field.Key) != FieldRight.Edit);
            if (locked && field.DefaultValue is { } value && !data.ContainsKey(field.Key))
            {
                data[field.Key] = value.DeepClone();
            }
        }
    }
}
