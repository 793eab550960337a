using System.Security.Claims;
using FlowChannel.Application.Workflows;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class WorkflowApi
{
    public static void MapWorkflowApi(this RouteGroupBuilder api) =>
        api.MapGet("/workflow-instances/{id}", async (string id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var view = await mediator.Send(new GetWorkflowInstance(ActorFactory.From(user), id), ct);
                var state = view.State;
                return TypedResults.Ok(new
                {
                    view.Id,
                    view.DefinitionId,
                    view.DefinitionVersion,
                    view.Status,
                    view.SubStatus,
                    view.CorrelationId,
                    view.CreatedAt,
                    view.FinishedAt,
                    variables = state?.Variables,
                    bookmarks = state?.Bookmarks,
                    journal = state?.Journal,
                    incidents = state?.Incidents,
                });
            })
            .WithSummary("Status and sub-status of a workflow instance; variables, bookmarks, journal and incidents for channel managers and admins.");
}
