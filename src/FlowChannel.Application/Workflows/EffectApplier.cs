using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Effects;
using Microsoft.Extensions.Logging;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// Carries out what a workflow run asked for (create/update records, notify people) in the same unit of
/// work as the instance's new state, so a crash can never leave one without the other.
/// </summary>
public sealed class EffectApplier(FlowChannelDbContext db, FormSchemaCache schemas, ILogger<EffectApplier> logger)
{
    public async Task ApplyAsync(WorkflowInstance instance, IReadOnlyList<WorkflowEffect> effects, CancellationToken ct)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case CreateRecordEffect create:
                    await CreateRecordAsync(instance, create, ct);
                    break;
                case UpdateRecordEffect update:
                    await UpdateRecordAsync(update, ct);
                    break;
                case NotifyEffect notify:
                    db.Notifications.Add(new Notification
                    {
                        RecipientUserId = notify.RecipientUserId,
                        Subject = notify.Subject,
                        Body = notify.Body,
                        InstanceId = instance.Id,
                    });
                    break;
                default:
                    throw new InvalidOperationException($"No handler for workflow effect {effect.GetType().Name}.");
            }
        }
    }

    private async Task CreateRecordAsync(WorkflowInstance instance, CreateRecordEffect create, CancellationToken ct)
    {
        var schema = await schemas.GetPublishedAsync(db, create.FormId, ct);
        var result = RecordValidator.Validate(schema, create.Data, RecordWriteMode.System);
        if (!result.IsValid)
        {
            // The workflow author's data is wrong, not the submitter's: fail loudly in the instance's own
            // unit of work rather than store a record that breaks its form.
            throw new WorkflowEffectException(
                $"Activity '{create.ActivityId}' produced an invalid '{create.FormId}' record: " +
                string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        db.FormRecords.Add(new FormRecord
        {
            Id = create.RecordId,
            FormId = schema.Id,
            FormVersion = schema.Version,
            DataJson = result.Data.ToJsonString(),
            Status = RecordStatuses.Approved,
            OwnerUserId = create.OwnerUserId,
            // Written by the workflow, not typed in by a person: it is no one's submission.
            CreatedByUserId = SystemUser.Id,
            WorkflowInstanceId = instance.Id,
        });
    }

    private async Task UpdateRecordAsync(UpdateRecordEffect update, CancellationToken ct)
    {
        var record = await db.FormRecords.FindAsync([update.RecordId], ct);
        if (record is null)
        {
            logger.LogWarning("Workflow activity {ActivityId} updates missing record {RecordId}", update.ActivityId, update.RecordId);
            return;
        }
        if (update.Status is { Length: > 0 } status)
        {
            record.Status = status;
        }
        if (update.Comment is not null)
        {
            record.StatusComment = update.Comment;
        }
        if (update.DataPatch is { Count: > 0 } patch)
        {
            var data = JsonNode.Parse(record.DataJson)!.AsObject();
            foreach (var (key, value) in patch)
            {
                data[key] = value?.DeepClone();
            }
            record.DataJson = data.ToJsonString();
        }
        record.UpdatedAt = DateTime.UtcNow;
    }
}

/// <summary>A workflow asked for an effect that cannot be carried out as written.</summary>
public sealed class WorkflowEffectException(string message) : Exception(message);
