using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;

namespace FlowChannel.Application.Records;

/// <summary>
/// Choice fields with <c>optionsFrom</c> have no static options for the form validator to check against (it would
/// refuse every value), so their values are taken out of the input before validation and checked here against what
/// <see cref="ListSourceOptions"/> offers: the other form's visible records that meet the filter on this record's values.
/// Fields of the form itself are handled; subform columns with sourced options are left to the validator.
/// </summary>
public static class SourcedOptions
{
    public sealed record Held(FieldDefinition Field, JsonNode Value);

    public static List<Held> TakeOut(FormSchema schema, JsonObject input)
    {
        var held = new List<Held>();
        foreach (var field in schema.Fields.Where(f => f.OptionsFrom is not null && f.IsChoice))
        {
            if (input[field.Key] is { } value && input.Remove(field.Key))
            {
                held.Add(new Held(field, value));
            }
        }
        return held;
    }

    /// <summary>Drops the validator's required errors for held fields, checks each held value and writes it into <paramref name="data"/>.</summary>
    public static async Task<List<FieldError>> CheckAsync(FlowChannelDbContext db, Actor actor, List<Held> held, JsonObject data,
        List<FieldError> validationErrors, CultureInfo culture, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        foreach (var (field, value) in held)
        {
            var chosen = value is JsonArray items ? items.Select(JsonValueText.Key).ToList() : [JsonValueText.Key(value)];
            var values = chosen.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count == 0)
            {
                continue;
            }
            validationErrors.RemoveAll(e => e.Path == field.Key && e.Code == FieldErrorCodes.Required);
            var offered = (await ListSourceOptionsHandler.List(db, actor, field.OptionsFrom!, data, null, ct))
                .Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var refused = values.Where(v => !offered.Contains(v)).ToList();
            errors.AddRange(refused.Select(v => new FieldError(field.Key, FieldErrorCodes.Option, ReferenceTexts.UnknownOption(field, culture, v))));
            if (refused.Count == 0)
            {
                data[field.Key] = field.Type is FieldType.Checkbox or FieldType.MultiSelect
                    ? new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray())
                    : JsonValue.Create(values[0]);
            }
        }
        return errors;
    }
}
