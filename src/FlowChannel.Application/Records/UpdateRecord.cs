using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Workflows.RecordChanges;
using FlowChannel.Forms.Calculation;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// Changes some fields of a record (the <c>edit</c> action): only fields the caller's sets make editable and the form
/// lets people fill in; then the whole record is checked against the version it pins. <see cref="BaseVersion"/>, when
/// given, refuses the change if someone saved the record since the caller read it.
/// </summary>
public sealed record UpdateRecord(Actor Actor, Guid RecordId, JsonObject? Data, int? BaseVersion = null, CultureInfo? Culture = null)
    : ICommand<RecordView>;

public sealed class UpdateRecordHandler(FlowChannelDbContext db, RecordPermissions permissions, FormSchemaCache schemas,
    RecordReferenceChecker references, UniqueValueClaims uniques, RecordChangedTriggers triggers, AuditTrail audit)
    : ICommandHandler<UpdateRecord, RecordView>
{
    public async ValueTask<RecordView> Handle(UpdateRecord command, CancellationToken cancellationToken)
    {
        var (record, rights) = await permissions.FindAsync(command.Actor, command.RecordId, FormAction.Edit, cancellationToken, track: true);
        if (command.BaseVersion is { } version && version != record.Version)
        {
            throw new ConflictException("The record was changed since you opened it; reload it and try again.");
        }
        if (record.Status == RecordStatuses.InReview && !rights.IsAdmin)
        {
            throw new ConflictException("The record is in review: it changes through its approval tasks until the flow ends.");
        }
        var culture = command.Culture ?? CultureInfo.CurrentUICulture;
        var schema = await schemas.GetAsync(db, record.FormId, record.FormVersion, cancellationToken);
        var stored = JsonNode.Parse(record.DataJson)!.AsObject();
        var patch = command.Data ?? [];
        var errors = patch.Select(p => Refusal(schema, stored, rights, p.Key)).OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }

        var data = stored.DeepClone().AsObject();
        foreach (var (key, value) in patch)
        {
            data[key] = value?.DeepClone();
        }
        // Validated as the platform's write so that what the caller may not touch keeps its stored value.
        var validation = RecordValidator.Validate(schema, data, RecordWriteMode.System, culture);
        errors.AddRange(validation.Errors);
        if (errors.Count == 0)
        {
            errors.AddRange(await references.CheckAsync(validation.Data, validation.References, command.Actor, culture, cancellationToken));
        }
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }

        await db.RecordUniqueValues.Where(u => u.RecordId == record.Id).ExecuteDeleteAsync(cancellationToken);
        await uniques.ClaimAsync(schema.Id, record.Id, validation.UniqueValues, culture, cancellationToken);
        var change = new RecordChange(record, stored, record.Status, command.Actor.UserId, command.Actor.DisplayName, null);
        record.DataJson = validation.Data.ToJsonString();
        record.PartnerId = PartnerAttribution.ForChanged(schema, validation.Data, record.PartnerId, rights.Position.PartnerId);
        record.UpdatedAt = DateTime.UtcNow;
        audit.Write(command.Actor, "record.update", "Record", record.Id.ToString(), string.Join(",", patch.Select(p => p.Key)));
        await triggers.FireAsync(change, cancellationToken);
        // The version as it will be once the unit of work saves (the context bumps it on save).
        return RecordView.From(record, rights) with { Version = record.Version + 1 };
    }

    private static FieldError? Refusal(FlowChannel.Forms.Schema.FormSchema schema, JsonObject stored, FormRights rights, string key)
    {
        var path = "data/" + key;
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
        return AttachmentTypes.IsFileField(field)
            ? new FieldError(path, "readOnly", $"'{key}' holds files, which are added when the record is submitted.")
            : null;
    }
}
