using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>
/// A page of workflow instances, newest first, for channel managers and admins: filtered by definition, status,
/// sub-status (e.g. <c>Faulted</c>) and correlation id, with the total count of matches.
/// </summary>
public sealed record ListWorkflowInstances(
    Actor Actor,
    string? DefinitionId = null,
    string? Status = null,
    string? SubStatus = null,
    string? CorrelationId = null,
    int Page = 1,
    int PageSize = ListWorkflowInstances.DefaultPageSize) : IQuery<WorkflowInstancePage>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

public sealed record WorkflowInstancePage(IReadOnlyList<WorkflowInstanceSummary> Items, int Total, int Page, int PageSize);


public sealed class ListWorkflowInstancesHandler(FlowChannelDbContext db) : IQueryHandler<ListWorkflowInstances, WorkflowInstancePage>
{
    public async ValueTask<WorkflowInstancePage> Handle(ListWorkflowInstances query, CancellationToken cancellationToken)
    {
        InstanceAdministration.EnsureStaff(query.Actor);
        var status = Filter<WorkflowStatus>(query.Status, "status");
        var subStatus = Filter<WorkflowSubStatus>(query.SubStatus, "subStatus");
        var errors = new List<FieldError>();
        if (query.Page < 1)
        {
            errors.Add(new FieldError("page", "range", "The page number starts at 1."));
        }
        if (query.PageSize is < 1 or > ListWorkflowInstances.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", "range", $"The page size is between 1 and {ListWorkflowInstances.MaxPageSize}."));
        }
        errors.AddRange(status.Error is null ? [] : [status.Error]);
        errors.AddRange(subStatus.Error is null ? [] : [subStatus.Error]);
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }

        var instances = db.WorkflowInstances.AsNoTracking();
        instances = string.IsNullOrWhiteSpace(query.DefinitionId) ? instances : instances.Where(i => i.DefinitionId == query.DefinitionId);
        instances = status.Value is { } s ? instances.Where(i => i.Status == s) : instances;
        instances = subStatus.Value is { } sub ? instances.Where(i => i.SubStatus == sub) : instances;
        instances = string.IsNullOrWhiteSpace(query.CorrelationId) ? instances : instances.Where(i => i.CorrelationId == query.CorrelationId);

        var total = await instances.CountAsync(cancellationToken);
        var items = await instances.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(i => new WorkflowInstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.SubStatus, i.CorrelationId,
                i.CreatedAt, i.UpdatedAt, i.FinishedAt))
            .ToListAsync(cancellationToken);
        return new WorkflowInstancePage(items, total, query.Page, query.PageSize);
    }

    /// <summary>The stored spelling of a status filter (any case accepted), or an error naming the parameter.</summary>
    private static (string? Value, FieldError? Error) Filter<TEnum>(string? text, string parameter)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? (value.ToString(), null)
            : (null, new FieldError(parameter, "unknown", $"Unknown {parameter} '{text}'; use one of {string.Join(", ", Enum.GetNames<TEnum>())}."));
    }
}
