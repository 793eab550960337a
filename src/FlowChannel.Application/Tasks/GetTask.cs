using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Forms.Calculation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>A task with the record it is about (as the step lets the approver see it), for the task page.</summary>
public sealed record GetTask(Actor Actor, Guid TaskId) : IQuery<TaskDetails>;

/// <summary>
/// The task page's content: the task, its record without the fields hidden at this step, whether and how the caller
/// may act (actions, editable fields, earlier approvals a return may go to besides the submitter) and the timeline.
/// </summary>
public sealed record TaskDetails(
    TaskView Task,
    RecordView? Record,
    bool CanAct,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> EditableFields,
    IReadOnlyList<ReturnTarget> ReturnTargets,
    IReadOnlyList<TimelineView> Timeline)
{
    /// <summary>Per editable choice field whose options the caller's permission sets limit, the values they may set there.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedOptions { get; init; } = new Dictionary<string, IReadOnlySet<string>>();
}

public sealed record TimelineView(string Action, string? ActorUserId, string? ActorName, string? TargetUserId, string? TargetName,
    string? Comment, IReadOnlyList<string> Attachments, DateTime At, Guid? TaskId);

public sealed class GetTaskHandler(FlowChannelDbContext db, FormSchemaCache schemas, RecordPermissions permissions) : IQueryHandler<GetTask, TaskDetails>
{
    public async ValueTask<TaskDetails> Handle(GetTask query, CancellationToken cancellationToken)
    {
        var task = await TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), query.Actor)
            .FirstOrDefaultAsync(t => t.Id == query.TaskId, cancellationToken)
            ?? throw new NotFoundException("Task", query.TaskId.ToString());
        var record = task.RecordId is { } recordId
            ? await db.FormRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken)
            : null;
        var canAct = task.Status == TaskStatuses.Open && TaskAccess.CanAct(query.Actor, task);
        var request = task.Kind == TaskKinds.Resubmit ? null : ApprovalDecisions.Request([task]);
        var view = record is null ? null : RecordView.From(record);
        if (view is not null && request is not null)
        {
            // Hidden at this step means not sent at all, not just not shown.
            foreach (var key in view.Data.Select(p => p.Key).Where(k => request.AccessTo(k) == FieldAccess.Hidden).ToList())
            {
                view.Data.Remove(key);
            }
        }

        // The newest 500 entries, shown oldest first.
        var timeline = (await db.WorkflowTimeline.AsNoTracking()
            .Where(e => e.InstanceId == task.InstanceId)
            .OrderByDescending(e => e.At)
            .Take(500)
            .ToListAsync(cancellationToken)).OrderBy(e => e.At).ToList();
        var targets = timeline.Select(e => e.TargetUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => targets.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id, cancellationToken);
        IReadOnlyList<string> editable = !canAct || view is null ? []
            : request is null ? await SubmitterFieldsAsync(view, cancellationToken)
            : [.. request.Fields.Where(f => f.Value == FieldAccess.Edit).Select(f => f.Key)];
        return new TaskDetails(
            TaskView.From(task),
            view,
            canAct,
            !canAct ? [] : request?.Actions ?? [ActOnTaskHandler.Resubmit],
            editable,
            request?.ReturnTargets ?? [],
            [.. timeline.Select(e => TimelineViews.From(e, names))])
        {
            AllowedOptions = view is null || editable.Count == 0 ? new Dictionary<string, IReadOnlySet<string>>()
                : await AllowedOptionsAsync(query.Actor, view.FormId, editable, cancellationToken),
        };
    }

    /// <summary>The step decides what may change; the caller's permission sets still limit the options they may set (as the server checks on acting).</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> AllowedOptionsAsync(Actor actor, string formId, IReadOnlyList<string> editable, CancellationToken ct)
    {
        var rights = await permissions.ForFormAsync(actor, formId, ct);
        return editable.Select(key => (key, Allowed: rights.AllowedOptions(key))).Where(f => f.Allowed is not null)
            .ToDictionary(f => f.key, f => f.Allowed!, StringComparer.Ordinal);
    }

    /// <summary>What the submitter may revise on a returned record: what they could fill in on the form.</summary>
    private async Task<IReadOnlyList<string>> SubmitterFieldsAsync(RecordView record, CancellationToken ct)
    {
        var schema = await schemas.GetAsync(db, record.FormId, record.FormVersion, ct);
        return [.. schema.Fields.Where(f => f.IsInput && !FormCalculator.IsReadOnly(f, record.Data) && FormCalculator.IsVisible(f, record.Data)).Select(f => f.Key)];
    }
}

internal static class TimelineViews
{
    public static TimelineView From(WorkflowTimelineEntry e, IReadOnlyDictionary<string, string> names) => new(
        e.Action, e.ActorUserId, e.ActorName, e.TargetUserId, e.TargetUserId is null ? null : names.GetValueOrDefault(e.TargetUserId), e.Comment,
        e.AttachmentsJson is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<string>>(e.AttachmentsJson) ?? [],
        e.At, e.TaskId);
}
