using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Tasks;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class TaskApi
{
    /// <summary>An approver's action: <c>approve</c> or <c>reject</c>, with a comment (required to reject).</summary>
    public sealed record TaskActionBody(string Action, string? Comment, JsonObject? Data);

    public static void MapTaskApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tasks", async (string? status, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListTasks(ActorFactory.From(user), status ?? "open"), ct)))
            .WithSummary("The caller's tasks (status open, completed or cancelled).");

        api.MapGet("/tasks/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetTask(ActorFactory.From(user), id), ct)))
            .WithSummary("A task with the record it is about.");

        api.MapPost("/tasks/{id:guid}/actions", async (Guid id, TaskActionBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ActOnTask(ActorFactory.From(user), id, body.Action ?? "", body.Comment), ct)))
            .WithSummary("Act on a task. 409 when it was already completed; 403 when it is someone else's.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
