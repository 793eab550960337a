using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// Starts and resumes persisted workflow instances inside the caller's unit of work: the new state, the
/// tasks made from bookmarks and the effects the run asked for are all committed together, or not at all.
/// </summary>
public sealed class WorkflowEngine(
    FlowChannelDbContext db,
    WorkflowRunner runner,
    WorkflowDefinitionCache definitions,
    EffectApplier effects,
    Approvals.ApprovalRounds approvals,
    TimeProvider clock,
    HostAnswers.HostAnsweredBookmarks hostAnswers,
    LoadedTasks loadedTasks,
    FormTriggerLookup formTriggers,
    Webhooks.WebhookDispatcher webhooks,
    Automations.Running.AutomationDispatcher automations)
{
    /// <summary>Rounds decided as they open resume at once; a flow of such steps is cut off here, visibly.</summary>
    private const int MaxImmediateResumes = 50;

    private int _immediateResumes;

    /// <summary>Starts every published workflow triggered by a submission of the record's form.</summary>
    public async Task<IReadOnlyList<string>> StartForSubmissionAsync(FormRecord record, Actor actor, CancellationToken ct)
    {
        var triggers = await formTriggers.OfAsync(TriggerKinds.FormSubmitted, record.FormId, ct);
        var started = new List<string>(triggers.Count);
        foreach (var trigger in triggers)
        {
            var definition = await definitions.GetAsync(db, trigger.DefinitionVersionId, ct);
            var input = new JsonObject
            {
                ["record"] = new JsonObject
                {
                    ["id"] = record.Id.ToString(),
                    ["formId"] = record.FormId,
                    ["formVersion"] = record.FormVersion,
                    ["data"] = JsonNode.Parse(record.DataJson),
                    ["submittedBy"] = actor.UserId,
                    ["submittedByName"] = actor.DisplayName,
                },
            };
            var instanceId = await StartAsync(definition, trigger.ActivityId, input, record.Id.ToString(), actor.UserId, null, ct);
            record.WorkflowInstanceId ??= instanceId;
            started.Add(instanceId);
        }
        return started;
    }

    /// <summary>
    /// Starts an instance of <paramref name="definition"/> at the trigger <paramref name="triggerActivityId"/> and
    /// adds it to the unit of work. <paramref name="instanceId"/> makes a retried start recognisable (an outbox
    /// delivery repeated after a crash); a new id is made when it is null.
    /// </summary>
    public async Task<string> StartAsync(WorkflowDefinition definition, string? triggerActivityId, JsonObject input,
        string? correlationId, string? initiatorUserId, string? instanceId, CancellationToken ct)
    {
        instanceId ??= Guid.NewGuid().ToString("N");
        var request = new StartWorkflowRequest(instanceId, input, clock.GetUtcNow())
        {
            CorrelationId = correlationId,
            TriggerActivityId = triggerActivityId,
        };
        var result = runner.Start(definition, request);
        var instance = new WorkflowInstance
        {
            Id = instanceId,
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = "",
            SubStatus = "",
            CorrelationId = correlationId,
            InitiatorUserId = initiatorUserId,
            StateJson = "",
        };
        db.WorkflowInstances.Add(instance);
        await ApplyAsync(instance, result, ct);
        return instanceId;
    }

    /// <summary>Resumes one bookmark of an instance; the caller has already claimed the task that held it.</summary>
    public async Task ResumeAsync(WorkflowInstance instance, string bookmarkId, JsonObject input, CancellationToken ct)
    {
        var definition = await definitions.GetAsync(db, instance.DefinitionVersionId, ct);
        var state = InstanceStates.Read(instance);
        WorkflowRunResult result;
        try
        {
            result = runner.Resume(definition, state, bookmarkId, input, clock.GetUtcNow());
        }
        catch (BookmarkNotFoundException)
        {
            throw new ConflictException("This step of the workflow has already been completed.");
        }
        await ApplyAsync(instance, result, ct);
    }

    /// <summary>Runs a faulted instance again from an activity (its last incident's by default), in the caller's unit of work.</summary>
    public async Task RetryAsync(WorkflowInstance instance, string? activityId, CancellationToken ct)
    {
        var definition = await definitions.GetAsync(db, instance.DefinitionVersionId, ct);
        WorkflowRunResult result;
        try
        {
            result = runner.Retry(definition, WorkflowInstanceState.FromJson(instance.StateJson), activityId, clock.GetUtcNow());
        }
        catch (InvalidOperationException e)
        {
            throw new ConflictException(e.Message);
        }

        await ApplyAsync(instance, result, ct);
    }

    private async Task ApplyAsync(WorkflowInstance instance, WorkflowRunResult result, CancellationToken ct)
    {
        var state = result.State;
        var now = clock.GetUtcNow().UtcDateTime;
        var failed = (await effects.ApplyAsync(instance, result, ct)).ToList();
        var rounds = await approvals.OpenAsync(instance, result.CreatedBookmarks, ct);
        if (failed.Count > 0)
        {
            state.Incidents.AddRange(failed);
            state.SubStatus = WorkflowSubStatus.Faulted;
        }
        instance.StateJson = state.ToJson();
        instance.Status = state.Status.ToString();
        instance.SubStatus = state.SubStatus.ToString();
        instance.UpdatedAt = now;
        var finishedNow = instance.FinishedAt is null && state.Status == WorkflowStatus.Finished;
        instance.FinishedAt = state.Status == WorkflowStatus.Finished ? now : null;
        if (finishedNow)
        {
            await webhooks.WorkflowFinishedAsync(instance, ct);
        }
        else if (state.Status != WorkflowStatus.Finished && db.Entry(instance).State != EntityState.Added)
        {
            await automations.FlowMovedOnAsync(instance, ct);
        }

        // An instance first added in this unit of work has no rows in the database yet: only what is in memory counts.
        var stored = db.Entry(instance).State != EntityState.Added;
        await CancelOrphanedTasksAsync(instance.Id, state, now, stored, ct);
        await BookmarkIndex.SyncAsync(db, instance.Id, result, stored, ct);
        await Waiting.ChildCompletion.AfterStepAsync(db, instance, state, ct);
        if (rounds.Decisions.Count > 0)
        {
            // Each resumption applies its own step, host answers included, to the state it leaves.
            // Counted as nesting depth, not in total: a retried request starts again from nothing.
            _immediateResumes++;
            try
            {
                foreach (var decision in rounds.Decisions)
                {
                    var input = _immediateResumes > MaxImmediateResumes
                        ? new JsonObject { ["fault"] = $"More than {MaxImmediateResumes} approval steps decided themselves in a row; the workflow seems to loop." }
                        : decision.Input;
                    await ResumeAsync(instance, decision.BookmarkId, input, ct);
                }
            }
            finally
            {
                _immediateResumes--;
            }
            return;
        }
        await hostAnswers.AnswerAsync(instance, state, (bookmarkId, answer) => ResumeAsync(instance, bookmarkId, answer, ct), ct);
    }

    /// <summary>A bookmark that vanished (Finish, a fault, WaitAny) leaves no open task behind in anyone's inbox.</summary>
    private async Task CancelOrphanedTasksAsync(string instanceId, WorkflowInstanceState state, DateTime now, bool stored, CancellationToken ct)
    {
        var live = state.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var open = stored
            ? await loadedTasks.OpenTasksAsync(instanceId, ct)
            : [];
        // The query filters on stored values: a task decided in this unit of work is already Completed in memory, and
        // one made in it (a round that decided itself at once) is only in memory.
        var added = db.WorkflowTasks.Local.Where(t => t.InstanceId == instanceId && db.Entry(t).State == EntityState.Added);
        foreach (var task in open.Concat(added).Distinct().Where(t => t.Status is TaskStatuses.Open or TaskStatuses.Waiting && !live.Contains(t.BookmarkId)))
        {
            task.Status = TaskStatuses.Cancelled;
            task.CompletedAt = now;
        }
    }
}
