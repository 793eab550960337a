using System.Security.Claims;
using FlowChannel.Application.Workflows;
using FlowChannel.Application.Workflows.Instances;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Looking into workflow instances and moving them between versions of their definition.</summary>
public static class WorkflowInstanceApi
{
    public static void MapWorkflowInstanceApi(this RouteGroupBuilder api)
    {
        var instances = api.MapGroup("/workflow-instances");
        instances.MapGet("", async ([AsParameters] InstanceFilter filter, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWorkflowInstances(ActorFactory.From(user), filter.DefinitionId, filter.Status,
                    filter.SubStatus, filter.CorrelationId, filter.Page ?? 1, filter.PageSize ?? ListWorkflowInstances.DefaultPageSize), ct)))
            .WithSummary("A page of instances, newest first (channel managers and admins), filtered by definitionId, status, subStatus, correlationId; with the total.");

        instances.MapGet("/{id}", async (string id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var (instance, internals) = await mediator.Send(new GetWorkflowInstance(ActorFactory.From(user), id), ct);
                return TypedResults.Ok(new
                {
                    instance.Id,
                    instance.DefinitionId,
                    instance.DefinitionVersion,
                    instance.Status,
                    instance.SubStatus,
                    instance.CorrelationId,
                    instance.CreatedAt,
                    instance.UpdatedAt,
                    instance.FinishedAt,
                    internals?.Name,
                    variables = internals?.Variables,
                    journal = internals?.Journal,
                    bookmarks = internals?.Bookmarks,
                    tasks = internals?.Tasks,
                    incidents = internals?.Incidents,
                    newestPublishedVersion = internals?.NewestPublishedVersion,
                });
            })
            .WithSummary("Status and sub-status of an instance; for channel managers and admins also variables, each activity run, open bookmarks, tasks and incidents.");

        instances.MapPost("/migrate", async (MigrateBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { results = await mediator.Send(new MigrateWorkflowInstances(ActorFactory.From(user), body?.InstanceIds, body?.TargetVersion), ct) }))
            .WithSummary("Moves instances to a newer published version (admins): each one only where the activities it sits at still exist; a result per instance.");
    }

    public sealed record InstanceFilter(string? DefinitionId, string? Status, string? SubStatus, string? CorrelationId, int? Page, int? PageSize);

    public sealed record MigrateBody(IReadOnlyList<string?>? InstanceIds, int? TargetVersion);
}
