using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows;
using FlowChannel.Application.Workflows.Definitions;
using FlowChannel.Application.Workflows.Waiting;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class WorkflowApi
{
    public static void MapWorkflowApi(this RouteGroupBuilder api)
    {
        api.MapPost("/workflow-instances/{id}/retry", async (string id, RetryBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var view = await mediator.Send(new RetryWorkflowInstance(ActorFactory.From(user), id, body?.ActivityId), ct);
                return TypedResults.Ok(new { view.Instance.Id, view.Instance.Status, view.Instance.SubStatus, incidents = view.State.Incidents });
            })
            .WithSummary("Retries a faulted instance from an activity (by default the one it faulted at); 409 when it is not faulted.");

        api.MapPost("/events/{name}/trigger", async (string name, EventTriggerBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var actor = ActorFactory.From(user);
                if (!actor.IsAdmin)
                {
                    throw new ForbiddenException("Only an administrator or an integration acting as one may publish workflow events.");
                }

                var outcome = await mediator.Send(new TriggerEvent(name, body?.CorrelationId, body?.Payload, actor.UserId), ct);
                return Results.Ok(new { resumed = outcome.Resumed, started = outcome.Started, continued = outcome.Continued });
            })
            .WithSummary("Publishes a workflow event: instances waiting on it resume with the payload, workflows it triggers start with it.");

        api.MapPost("/run-tasks/{taskId}/complete", async (string taskId, RunTaskResultBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(new CompleteRunTask(ActorFactory.From(user), taskId, body?.Result), ct);
                return Results.Ok(new { outcome.InstanceId, outcome.Status, outcome.SubStatus });
            })
            .WithSummary("Reports an Elsa.RunTask task as done; the waiting instance resumes with the result.");
    }

    /// <summary>Import, export, publish, versions and starting instances of Elsa-format workflow definitions.</summary>
    public static void MapWorkflowDefinitionApi(this RouteGroupBuilder api)
    {
        var definitions = api.MapGroup("/workflow-definitions");
        definitions.MapPost("/import", async (HttpRequest request, bool? publish, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var json = await reader.ReadToEndAsync(ct);
                return Results.Ok(await mediator.Send(new ImportWorkflowDefinition(ActorFactory.From(user), json, publish ?? false), ct));
            })
            .Accepts<JsonObject>("application/json")
            .WithSummary("Imports an Elsa 3 workflow definition as a draft version (publish=true publishes it too); problems come back by JSON pointer.");
        definitions.MapGet("/{definitionId}/export", async (string definitionId, int? version, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                Results.Text(await mediator.Send(new ExportWorkflowDefinition(ActorFactory.From(user), definitionId, version), ct), "application/json"))
            .WithSummary("The definition (newest version, or ?version=) as Elsa 3 JSON.");
        definitions.MapPost("/{definitionId}/publish", async (string definitionId, int? version, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new PublishWorkflowDefinition(ActorFactory.From(user), definitionId, version), ct)))
            .WithSummary("Publishes the newest (or ?version=) version; refused, naming each, while it uses activity types this server lacks.");
        definitions.MapGet("/{definitionId}/versions", async (string definitionId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new ListWorkflowVersions(ActorFactory.From(user), definitionId), ct)))
            .WithSummary("Every stored version, newest first, with warnings and what blocks publishing.");
        definitions.MapGet("/{definitionId}/versions/{version:int}/changes", async (string definitionId, int version, int? against, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new CompareWorkflowVersions(ActorFactory.From(user), definitionId, version, against), ct)))
            .WithSummary("What changed in a version against ?against= (by default the newest published version below it): activities, " +
                "their inputs and approval settings, connections and variables; moved nodes only as layoutChanged.");
        definitions.MapPost("/{definitionId}/instances", async (string definitionId, StartInstanceBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                Results.Ok(await mediator.Send(new StartWorkflowInstance(ActorFactory.From(user), definitionId, body?.Input ?? [], body?.CorrelationId), ct)))
            .WithSummary("Starts an instance of the published version with the given input.");
    }

    public sealed record StartInstanceBody(JsonObject? Input, string? CorrelationId);

    public sealed record RetryBody(string? ActivityId);

    public sealed record EventTriggerBody(string? CorrelationId, JsonNode? Payload);

    public sealed record RunTaskResultBody(JsonNode? Result);
}
