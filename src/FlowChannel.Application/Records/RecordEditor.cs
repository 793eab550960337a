using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Files;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records.History;
using FlowChannel.Application.Workflows.RecordChanges;
using FlowChannel.Forms.Calculation;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// Applies a patch of fields to one record the caller may change: one path for a single edit and a batch edit, so both
/// refuse the same fields, check the whole record, claim unique values, fire change triggers and leave a history entry.
/// </summary>
public sealed class RecordEditor(FlowChannelDbContext db, FormSchemaCache schemas, RecordReferenceChecker references,
    UniqueValueClaims uniques, RecordChangedTriggers triggers, AuditTrail audit)
{
    /// <summary>The errors that keep <paramref name="patch"/> off the record (paths prefixed with <paramref name="place"/>); none when it was applied.</summary>
    public async Task<IReadOnlyList<FieldError>> ApplyAsync(Actor actor, FormRecord record, FormRights rights, JsonObject patch,
        CultureInfo culture, CancellationToken ct, string place = "")
    {
        var schema = await schemas.GetAsync(db, record.FormId, record.FormVersion, ct);
        var stored = JsonNode.Parse(record.DataJson)!.AsObject();
        var errors = patch.Select(p => Refusal(schema, stored, rights, p.Key, place)).OfType<FieldError>().ToList();
        // Checked before anything changes: a value the writer may not choose refuses the whole patch.
        errors.AddRange(rights.OptionRefusals(patch, key => stored[key], place + "data/"));
        if (errors.Count > 0)
        {
            return errors;
        }

        var data = stored.DeepClone().AsObject();
        foreach (var (key, value) in patch)
        {
            data[key] = value?.DeepClone();
        }
        // Validated as the platform's write so that what the caller may not touch keeps its stored value.
        var validation = RecordValidator.Validate(schema, data, RecordWriteMode.System, culture);
        errors.AddRange(validation.Errors.Select(e => e with { Path = place + e.Path }));
        if (errors.Count == 0)
        {
            errors.AddRange((await references.CheckAsync(validation.Data, validation.References, actor, culture, ct))
                .Select(e => e with { Path = place + e.Path }));
            errors.AddRange((await AttachmentReferences.NormalizeAsync(db, schema, validation.Data, actor, ct, culture, stored))
                .Select(e => e with { Path = place + e.Path }));
        }
        if (errors.Count > 0)
        {
            return errors;
        }

        await db.RecordUniqueValues.Where(u => u.RecordId == record.Id).ExecuteDeleteAsync(ct);
        await uniques.ClaimAsync(schema.Id, record.Id, validation.UniqueValues, culture, ct);
        var change = new RecordChange(record, stored, record.Status, actor.UserId, actor.DisplayName, null);
        record.DataJson = validation.Data.ToJsonString();
        record.PartnerId = Partners.PartnerAttribution.ForChanged(schema, validation.Data, record.PartnerId, rights.Position.PartnerId);
        record.UpdatedAt = DateTime.UtcNow;
        audit.Write(actor, RecordHistoryDetail.Updated, "Record", record.Id.ToString(), RecordHistoryDetail.Of(stored, validation.Data));
        await triggers.FireAsync(change, ct);
        return [];
    }

    private static FieldError? Refusal(FormSchema schema, JsonObject stored, FormRights rights, string key, string place)
    {
        var path = place + "data/" + key;
        var field = schema.FindField(key);
        if (field is null)
        {
            return new FieldError(path, "unknown", $"The form has no field '{key}'.");
        }
        if (rights.Field(key) != FieldRight.Edit)
        {
            return new FieldError(path, "readOnly", $"You may not change '{key}'.");
        }
        if (!field.IsInput || FormCalculator.IsReadOnly(field, stored) || !FormCalculator.IsVisible(field, stored))
        {
            return new FieldError(path, "readOnly", $"'{key}' is not filled in by hand.");
        }
        return null;
    }
}
