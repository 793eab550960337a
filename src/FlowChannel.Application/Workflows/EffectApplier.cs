using FlowChannel.Application.Outbox;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Effects;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// Carries out what a workflow run asked for (create/update records, notify people) in the same unit of
/// work as the instance's new state, so a crash can never leave one without the other.
/// </summary>
public sealed class EffectApplier(FlowChannelDbContext db, FormSchemaCache schemas, RecordChanges.RecordChangedTriggers recordTriggers,
    ILogger<EffectApplier> logger, Webhooks.WebhookDispatcher webhooks, Permissions.RecordPermissions permissions, Notify.NotifyRenderer notifyRenderer)
{
    /// <returns>The effects that could not be carried out, as incidents for the instance.</returns>
    public async Task<IReadOnlyList<WorkflowIncident>> ApplyAsync(WorkflowInstance instance, WorkflowRunResult result, CancellationToken ct)
    {
        var incidents = new List<WorkflowIncident>();
        foreach (var effect in result.Effects)
        {
            try
            {
                if (await ApplyAsync(instance, effect, ct) is { } note)
                {
                    StepJournal.AddNote(result.State, effect.ActivityId, note);
                }
            }
            catch (WorkflowEffectException ex)
            {
                // The author's data is wrong, not the person's who acted: keep their decision, fault the instance
                // visibly, and write nothing for this effect.
                logger.LogWarning("Workflow {InstanceId} effect of {ActivityId} failed: {Message}", instance.Id, effect.ActivityId, ex.Message);
                incidents.Add(new WorkflowIncident(effect.ActivityId, effect.GetType().Name, ex.Message, DateTimeOffset.UtcNow));
            }
        }
        return incidents;
    }

    /// <returns>A note for the activity's journal entry, or null.</returns>
    private async Task<string?> ApplyAsync(WorkflowInstance instance, WorkflowEffect effect, CancellationToken ct)
    {
        switch (effect)
        {
            case CreateRecordEffect create:
                await CreateRecordAsync(instance, create, ct);
                break;
            case UpdateRecordEffect update:
                await UpdateRecordAsync(instance, update, ct);
                break;
            case NotifyEffect notify:
                return await Notify.NotifyEffectApplier.ApplyAsync(permissions, notifyRenderer, instance, notify, DateTime.UtcNow, ct);
            case PublishEventEffect publish:
                // Delivered after this step commits, in its own transaction: the instances it wakes or starts do not
                // make this step fail, and a step that rolls back publishes nothing.
                OutboxWriter.Enqueue(db, OutboxKinds.Event, new JsonObject
                {
                    ["eventName"] = publish.EventName,
                    ["correlationId"] = publish.CorrelationId,
                    ["payload"] = publish.Payload?.DeepClone(),
                }, $"{instance.Id}:{publish.ActivityId}:{Guid.NewGuid():N}", instance.Id, null, DateTime.UtcNow);
                break;
            case SendEmailEffect email:
                OutboxWriter.Enqueue(db, OutboxKinds.Email, new JsonObject
                {
                    ["from"] = email.From,
                    ["to"] = new JsonArray([.. email.To.Select(a => (JsonNode?)a)]),
                    ["cc"] = new JsonArray([.. email.Cc.Select(a => (JsonNode?)a)]),
                    ["bcc"] = new JsonArray([.. email.Bcc.Select(a => (JsonNode?)a)]),
                    ["subject"] = email.Subject,
                    ["body"] = email.Body,
                }, email.IdempotencyKey, instance.Id, null, DateTime.UtcNow);
                break;
            case SendHttpRequestEffect http:
                // The reply resumes the activity's http bookmark, found by the same key (BookmarkIndex).
                OutboxWriter.Enqueue(db, OutboxKinds.Http, new JsonObject
                {
                    ["method"] = http.Method,
                    ["url"] = http.Url.ToString(),
                    ["headers"] = new JsonObject([.. http.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)new JsonArray([.. h.Value.Select(v => (JsonNode?)v)])))]),
                    ["content"] = http.Content,
                    ["contentType"] = http.ContentType,
                }, http.IdempotencyKey, instance.Id, null, DateTime.UtcNow);
                break;
            case StartChildWorkflowEffect child:
                OutboxWriter.Enqueue(db, OutboxKinds.ChildWorkflow, new JsonObject
                {
                    ["parentInstanceId"] = instance.Id,
                    ["childInstanceId"] = child.ChildInstanceId,
                    ["definitionId"] = child.DefinitionId,
                    ["correlationId"] = child.CorrelationId,
                    ["input"] = child.Input.DeepClone(),
                    ["waitForCompletion"] = child.WaitForCompletion,
                }, "child:" + child.ChildInstanceId, instance.Id, null, DateTime.UtcNow);
                break;
            case RunTaskEffect:
                // The task bookmark's index row (kind task, key = task id) is the open task an integration completes.
                break;
            default:
                throw new InvalidOperationException($"No handler for workflow effect {effect.GetType().Name}.");
        }
        return null;
    }

    private async Task CreateRecordAsync(WorkflowInstance instance, CreateRecordEffect create, CancellationToken ct)
    {
        var schema = await schemas.GetPublishedAsync(db, create.FormId, ct);
        var result = Validate(schema, create.Data, create.ActivityId);
        // Only where the owner belongs, untracked; the user row is loaded for writing only when it changes (below).
        var owner = create.OwnerUserId is null ? null : await CompiledPerModel<Queries>.For(db).OwnerPosition(db, create.OwnerUserId, ct);
        var isPartnerProfile = schema.Id == Partners.PartnerDirectory.ProfileFormId;
        if (isPartnerProfile && owner is { PartnerId: null } && await IsPartnerUserAsync(owner.Id, ct)
            && await db.Users.FindAsync([owner.Id], ct) is { } user)
        {
            // The applicant a new partner's profile is made for joins that organisation (staff stay staff):
            // from now on they see and act for their partner.
            user.PartnerId = create.RecordId;
        }
        var created = db.FormRecords.Add(new FormRecord
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
            PartnerId = Partners.PartnerAttribution.ForNew(schema, result.Data, create.RecordId, owner?.PartnerId),
            DepartmentId = owner?.DepartmentId,
        });
        await webhooks.RecordEventAsync(Webhooks.WebhookEvents.RecordCreated, created.Entity, ct);
    }

    private async Task<bool> IsPartnerUserAsync(string userId, CancellationToken ct) =>
        await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .AnyAsync(name => name == RoleNames.Partner || name == RoleNames.PartnerAdmin, ct);

    private async Task UpdateRecordAsync(WorkflowInstance instance, UpdateRecordEffect update, CancellationToken ct)
    {
        recordTriggers.EnsureChainDepth(update.ActivityId);
        // As FindAsync (a record added or read in this unit of work first), with the query compiled: every approval flow updates its record.
        var record = db.FormRecords.Local.FindEntry(update.RecordId)?.Entity
            ?? await CompiledPerModel<Queries>.For(db).RecordById(db, update.RecordId, ct)
            ?? throw new WorkflowEffectException($"Activity '{update.ActivityId}' updates record '{update.RecordId}', which does not exist.");
        var change = new RecordChanges.RecordChange(record, JsonNode.Parse(record.DataJson)!.AsObject(), record.Status, SystemUser.Id, null, instance);
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
            // Every write is checked against the exact version the record pins, workflow writes included.
            var schema = await schemas.GetAsync(db, record.FormId, record.FormVersion, ct);
            var valid = Validate(schema, data, update.ActivityId).Data;
            record.DataJson = valid.ToJsonString();
            record.PartnerId = Partners.PartnerAttribution.ForChanged(schema, valid, record.PartnerId, writerPartnerId: null);
        }
        record.UpdatedAt = DateTime.UtcNow;
        await recordTriggers.FireAsync(change, ct);
    }

    private static RecordValidationResult Validate(FormSchema schema, JsonObject data, string activityId)
    {
        var result = RecordValidator.Validate(schema, data, RecordWriteMode.System);
        if (!result.IsValid)
        {
            throw new WorkflowEffectException(
                $"Activity '{activityId}' wrote an invalid '{schema.Id}' record: " +
                string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
        return result;
    }
}

/// <summary>The look-ups of the effects every approval flow has, compiled.</summary>
file sealed class Queries
{
    public readonly Func<FlowChannelDbContext, string, CancellationToken, Task<OwnerPosition?>> OwnerPosition =
        EF.CompileAsyncQuery((FlowChannelDbContext db, string userId, CancellationToken _) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new OwnerPosition(u.Id, u.PartnerId, u.DepartmentId)).FirstOrDefault());

    public readonly Func<FlowChannelDbContext, Guid, CancellationToken, Task<FormRecord?>> RecordById =
        EF.CompileAsyncQuery((FlowChannelDbContext db, Guid id, CancellationToken _) => db.FormRecords.FirstOrDefault(r => r.Id == id));
}

/// <summary>Where a created record's owner belongs.</summary>
file sealed record OwnerPosition(string Id, Guid? PartnerId, Guid? DepartmentId);

/// <summary>A workflow asked for an effect that cannot be carried out as written.</summary>
public sealed class WorkflowEffectException(string message) : Exception(message);
