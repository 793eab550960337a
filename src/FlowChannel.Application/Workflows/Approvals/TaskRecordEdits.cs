using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Files;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using FlowChannel.Forms.Calculation;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;

namespace FlowChannel.Application.Workflows.Approvals;

/// <summary>
/// Changes an approver (or the submitter revising a returned record) makes to the task's record: only the fields
/// the step makes editable, then the whole record is checked against the version it pins, as every write is.
/// </summary>
public sealed class TaskRecordEdits(FlowChannelDbContext db, FormSchemaCache schemas, RecordReferenceChecker references, RecordPermissions permissions)
{
    /// <summary>Applies <paramref name="patch"/>; <paramref name="access"/> null lets every field be edited (a resubmission).</summary>
    public async Task ApplyAsync(WorkflowTask task, JsonObject? patch, ApprovalRequest? access, Actor actor, CancellationToken ct)
    {
        if (patch is not { Count: > 0 })
        {
            return;
        }

        var record = task.RecordId is { } recordId ? await db.FormRecords.FindAsync([recordId], ct) : null;
        if (record is null)
        {
            throw new RecordValidationException([new FieldError("data", "noRecord", "This task has no record to change.")]);
        }

        var schema = await schemas.GetAsync(db, record.FormId, record.FormVersion, ct);
        var stored = JsonNode.Parse(record.DataJson)!.AsObject();
        var errors = new List<FieldError>();
        foreach (var key in patch.Select(p => p.Key))
        {
            var field = schema.Fields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                errors.Add(new FieldError($"data/{key}", "unknown", $"The form has no field '{key}'."));
            }
            else if (access is not null && access.AccessTo(key) != FieldAccess.Edit)
            {
                errors.Add(new FieldError($"data/{key}", "readOnly", $"'{key}' cannot be changed at this step."));
            }
            else if (!field.IsInput || (access is null && (FormCalculator.IsReadOnly(field, stored) || !FormCalculator.IsVisible(field, stored))))
            {
                // The submitter revising a record has the form's own rights, no more: read-only, hidden and computed
                // fields stay as the server wrote them.
                errors.Add(new FieldError($"data/{key}", "readOnly", $"'{key}' is not filled in by hand."));
            }
        }

        // The step decides which fields may change; the actor's permission sets still decide which options they may choose.
        var rights = await permissions.ForFormAsync(actor, record.FormId, ct);
        errors.AddRange(rights.OptionRefusals(patch, key => stored[key], "data/"));
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }

        var data = stored.DeepClone().AsObject();
        foreach (var (key, value) in patch)
        {
            data[key] = value?.DeepClone();
        }

        var culture = CultureInfo.CurrentUICulture;
        var validation = RecordValidator.Validate(schema, data, RecordWriteMode.System, culture);
        errors.AddRange(validation.Errors);
        if (errors.Count == 0)
        {
            errors.AddRange(await references.CheckAsync(validation.Data, validation.References, actor, culture, ct));
            // Files the record holds may stay or go; files added must be the editor's own uploads.
            errors.AddRange((await AttachmentReferences.NormalizeAsync(db, schema, validation.Data, actor, ct, culture, stored))
                .Select(e => e with { Path = "data/" + e.Path }));
        }

        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }

        record.DataJson = validation.Data.ToJsonString();
        record.UpdatedAt = DateTime.UtcNow;
    }
}
