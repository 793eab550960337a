using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;

namespace FlowChannel.Application.Records;

/// <summary>
/// Checks the values of choice fields whose options come from another form (<c>optionsFrom</c>), which the form
/// validator can only check for shape: each must be one <see cref="ListSourceOptions"/> offers now, i.e. from the
/// other form's records the caller may see that meet the filter on this record's (and row's) values.
/// </summary>
public static class SourcedOptions
{
    public static async Task<List<FieldError>> CheckAsync(RecordPermissions permissions, Actor actor, IReadOnlyList<SourcedChoice> choices,
        JsonObject data, CultureInfo culture, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        foreach (var (path, field, value, row) in choices)
        {
            var offered = (await ListSourceOptionsHandler.List(permissions, actor, field.OptionsFrom!, data, row, ct))
                .Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var chosen = value is JsonArray items ? items.Select(JsonValueText.Key) : [JsonValueText.Key(value)];
            errors.AddRange(chosen.Where(v => v is null || !offered.Contains(v))
                .Select(v => new FieldError(path, FieldErrorCodes.Option, ReferenceTexts.UnknownOption(field, culture, v ?? ""))));
        }
        return errors;
    }
}
