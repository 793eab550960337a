using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Tasks;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class TaskApi
{
    /// <summary>
    /// An action on a task: <c>approve</c>, <c>reject</c> (comment required), <c>return</c> (comment required;
    /// <c>returnTo</c> = <c>submitter</c> or an earlier approval's activity id), <c>transfer</c> and <c>addSigner</c>
    /// (<c>targetUser</c>; <c>position</c> before/after), <c>comment</c>, or <c>resubmit</c> on a returned record.
    /// <c>data</c> changes the fields the step makes editable; <c>attachments</c> are ids of files the caller uploaded.
    /// </summary>
    public sealed record TaskActionBody(string Action, string? Comment, JsonObject? Data, string? TargetUser, string? ReturnTo,
        string? Position, IReadOnlyList<string>? Attachments);

    public static void MapTaskApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tasks", async (string? status, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListTasks(ActorFactory.From(user), status ?? "open"), ct)))
            .WithSummary("The caller's tasks (status open, completed or cancelled).");

        api.MapGet("/tasks/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetTask(ActorFactory.From(user), id), ct)))
            .WithSummary("A task with the record it is about.");

        api.MapPost("/tasks/{id:guid}/actions", async (Guid id, TaskActionBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ActOnTask(ActorFactory.From(user), id, body.Action ?? "", body.Comment)
            {
                Data = body.Data,
                TargetUser = body.TargetUser,
                ReturnTo = body.ReturnTo,
                Position = body.Position,
                Attachments = body.Attachments,
            }, ct)))
            .WithSummary("Act on a task. 409 when it was already completed; 403 when it is someone else's.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
