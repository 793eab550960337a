using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Tasks;

/// <summary>
/// Approves several to-do tasks with one comment (批量审批). Each task is approved on its own, through
/// <see cref="ActOnTask"/> in its own unit of work, so one refusal (not allowed in a batch, someone else's, already
/// decided) neither blocks nor undoes the others; the answer says what happened to each. Which steps allow it:
/// <see cref="ApprovalRequest.AllowsBatchApproval"/>.
/// </summary>
public sealed record BatchApproveTasks(Actor Actor, IReadOnlyList<Guid> TaskIds, string? Comment) : IRequest<BatchApproveResult>;

/// <summary>One task's result: <see cref="Code"/> is <c>approved</c>, <c>notBatchApprovable</c>, <c>forbidden</c>, <c>conflict</c>, <c>notFound</c> or <c>invalid</c>.</summary>
public sealed record BatchTaskResult(Guid TaskId, string? Title, bool Approved, string Code, string? Message);

public sealed record BatchApproveResult(int Approved, int Refused, IReadOnlyList<BatchTaskResult> Results);

public sealed class BatchApproveTasksHandler(FlowChannelDbContext db, IServiceScopeFactory scopes) : IRequestHandler<BatchApproveTasks, BatchApproveResult>
{
    /// <summary>Tasks per batch: a page of the inbox is at most 200 rows.</summary>
    public const int MaxTasks = 200;

    public async ValueTask<BatchApproveResult> Handle(BatchApproveTasks request, CancellationToken cancellationToken)
    {
        var ids = (request.TaskIds ?? []).Distinct().ToList();
        if (ids.Count == 0 || ids.Count > MaxTasks)
        {
            throw new BadRequestException($"Choose from 1 to {MaxTasks} tasks to approve; got {ids.Count}.");
        }
        var tasks = await TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), request.Actor)
            .Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);

        var results = new List<BatchTaskResult>(ids.Count);
        foreach (var id in ids)
        {
            results.Add(await ApproveOneAsync(request, id, tasks.GetValueOrDefault(id), cancellationToken));
        }
        return new BatchApproveResult(results.Count(r => r.Approved), results.Count(r => !r.Approved), results);
    }

    private async Task<BatchTaskResult> ApproveOneAsync(BatchApproveTasks request, Guid id, WorkflowTask? task, CancellationToken ct)
    {
        if (task is null)
        {
            return new BatchTaskResult(id, null, false, "notFound", $"Task '{id}' was not found.");
        }
        if (task.Kind != TaskKinds.Approval || !ApprovalDecisions.Request([task]).AllowsBatchApproval)
        {
            return new BatchTaskResult(id, task.Title, false, "notBatchApprovable",
                "This step must be approved on its own task page (it has fields to fill in, or does not allow batch approval).");
        }

        // A scope per task: its own context and transaction, exactly as if the approver had clicked approve on it.
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            await mediator.Send(new ActOnTask(request.Actor, id, ApprovalAction.Approve, request.Comment), ct);
            return new BatchTaskResult(id, task.Title, true, "approved", null);
        }
        catch (FlowChannelException e)
        {
            var code = e switch
            {
                ForbiddenException => "forbidden",
                ConflictException => "conflict",
                NotFoundException => "notFound",
                _ => "invalid",
            };
            return new BatchTaskResult(id, task.Title, false, code, e.Message);
        }
    }
}
