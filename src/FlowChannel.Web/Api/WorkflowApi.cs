using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows;
using FlowChannel.Application.Workflows.Waiting;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class WorkflowApi
{
    public static void MapWorkflowApi(this RouteGroupBuilder api)
    {
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

        api.MapPost("/events/{name}/trigger", async (string name, EventTriggerBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var actor = ActorFactory.From(user);
                if (!actor.IsAdmin)
                {
                    throw new ForbiddenException("Only an administrator or an integration acting as one may publish workflow events.");
                }

                var outcome = await mediator.Send(new TriggerEvent(name, body?.CorrelationId, body?.Payload, actor.UserId), ct);
                return Results.Ok(new { resumed = outcome.Resumed, started = outcome.Started });
            })
            .WithSummary("Publishes a workflow event: instances waiting on it resume with the payload, workflows it triggers start with it.");

        api.MapPost("/run-tasks/{taskId}/complete", async (string taskId, RunTaskResultBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new CompleteRunTask(ActorFactory.From(user), taskId, body?.Result), ct);
                return Results.Ok(new { outcome.InstanceId, outcome.Status, outcome.SubStatus });
            })
            .WithSummary("Reports an Elsa.RunTask task as done; the waiting instance resumes with the result.");
    }

    public sealed record EventTriggerBody(string? CorrelationId, JsonNode? Payload);

    public sealed record RunTaskResultBody(JsonNode? Result);
}
