using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Permissions;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Workflows;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>
/// Submit a new record of a form; starts the workflows that the form's submission triggers. With a
/// <see cref="DraftId"/>, the caller's draft it was finished from is deleted with the same commit, and kept when
/// the submission fails.
/// </summary>
public sealed record SubmitRecord(Actor Actor, string FormId, JsonObject? Data, CultureInfo? Culture = null, Guid? DraftId = null)
    : ICommand<SubmitRecordResult>;

public sealed record SubmitRecordResult(Guid RecordId, string FormId, int FormVersion, string Status, IReadOnlyList<string> WorkflowInstanceIds);

public sealed class SubmitRecordHandler(FlowChannelDbContext db, FormSchemaCache schemas, WorkflowEngine engine, SerialNumbers serials,
    SubmissionChecks checks, UniqueValueClaims uniques, RecordPermissions permissions, Webhooks.WebhookDispatcher webhooks)
    : ICommandHandler<SubmitRecord, SubmitRecordResult>
{
    public async ValueTask<SubmitRecordResult> Handle(SubmitRecord command, CancellationToken cancellationToken)
    {
        var schema = await schemas.GetPublishedAsync(db, command.FormId, cancellationToken);
        var rights = await permissions.ForFormAsync(command.Actor, schema.Id, cancellationToken);
        if (!rights.Can(FormAction.Add))
        {
            throw new ForbiddenException($"You may not submit records of form '{schema.Id}'.");
        }
        // Looked up first: a draft already submitted (say, from another tab) must not become a second record.
        var draft = command.DraftId is { } draftId ? await RecordDrafts.FindOwnAsync(db, command.Actor, draftId, cancellationToken) : null;
        if (draft is not null && draft.FormId != schema.Id)
        {
            throw new NotFoundException("Record draft", draft.Id.ToString());
        }
        var culture = command.Culture ?? CultureInfo.CurrentUICulture;
        var input = WithoutLockedFields(command.Data, rights);
        // A new record "holds" its defaults: a submitter limited to some options may leave the default as it is.
        if (input is not null && rights.OptionRefusals(input, key => schema.FindField(key)?.DefaultValue, "").ToList() is { Count: > 0 } refused)
        {
            throw new RecordValidationException(refused);
        }
        var validation = await checks.CheckAsync(schema, input, command.Actor, culture, cancellationToken);
        ApplyProtectedDefaults(schema, validation.Data, rights);
        var recordId = Guid.NewGuid();
        await uniques.ClaimAsync(schema.Id, recordId, validation.UniqueValues, culture, cancellationToken);
        // Last, after every check: a number is only taken by a submission that is going to be stored.
        await serials.AssignAsync(schema, validation.Data, cancellationToken);
        var record = new FormRecord
        {
            Id = recordId,
            FormId = schema.Id,
            FormVersion = schema.Version,
            DataJson = validation.Data.ToJsonString(),
            OwnerUserId = command.Actor.UserId,
            CreatedByUserId = command.Actor.UserId,
            PartnerId = PartnerAttribution.ForNew(schema, validation.Data, recordId, rights.Position.PartnerId),
            DepartmentId = rights.Position.DepartmentId,
        };
        db.FormRecords.Add(record);
        if (draft is not null)
        {
            db.RecordDrafts.Remove(draft);
        }
        var instances = await engine.StartForSubmissionAsync(record, command.Actor, cancellationToken);
        await webhooks.RecordEventAsync(Webhooks.WebhookEvents.RecordCreated, record, cancellationToken);
        return new SubmitRecordResult(record.Id, record.FormId, record.FormVersion, record.Status, instances);
    }

    /// <summary>
    /// Fields the submitter's permission sets do not let them edit are not taken from their input, as the form's own
    /// read-only fields are not: they start with their defaults.
    /// </summary>
    private static JsonObject? WithoutLockedFields(JsonObject? input, FormRights rights)
    {
        if (input is null || rights.IsAdmin || input.All(p => rights.Field(p.Key) == FieldRight.Edit))
        {
            return input;
        }
        var allowed = new JsonObject();
        foreach (var (key, value) in input.Where(p => rights.Field(p.Key) == FieldRight.Edit))
        {
            allowed[key] = value?.DeepClone();
        }
        return allowed;
    }

    /// <summary>
    /// The validator never takes hidden or read-only values from a client, defaults included (an update must not
    /// reset what a workflow wrote); a new record still starts with them.
    /// </summary>
    private static void ApplyProtectedDefaults(FormSchema schema, JsonObject data, FormRights rights)
    {
        foreach (var field in schema.Fields)
        {
            var locked = field.Hidden || field.ReadOnly || (field.IsInput && rights.Field(field.Key) != FieldRight.Edit);
            if (locked && field.DefaultValue is { } value && !data.ContainsKey(field.Key))
            {
                data[field.Key] = value.DeepClone();
            }
        }
    }
}
