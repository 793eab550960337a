using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Tasks;
using FlowChannel.Application.Tasks.Inbox;
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

    /// <summary>The query string of <c>GET /api/inbox</c>.</summary>
    public sealed record InboxParameters(string? Tab, string? FormId, string? WorkflowId, string? SubmitterUserId, Guid? PartnerId,
        DateTime? From, DateTime? To, bool? Overdue, string? Search, string? Sort, int? Page, int? PageSize)
    {
        public InboxQuery ToQuery() => new()
        {
            Tab = Tab ?? InboxTabs.Todo, FormId = FormId, WorkflowId = WorkflowId, SubmitterUserId = SubmitterUserId, PartnerId = PartnerId,
            From = From?.ToUniversalTime(), To = To?.ToUniversalTime(), OverdueOnly = Overdue ?? false, Search = Search, Sort = Sort,
            Page = Page ?? 1, PageSize = PageSize ?? 50,
        };
    }

    /// <summary>Approve several to-do tasks with one comment.</summary>
    public sealed record BatchApproveBody(IReadOnlyList<Guid>? TaskIds, string? Comment);

    /// <summary>Why the submitter takes the submission back (optional).</summary>
    public sealed record WithdrawBody(string? Comment);

    public static void MapTaskApi(this RouteGroupBuilder api)
    {
        api.MapInboxActionApi();
        api.MapGet("/tasks", async (string? status, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListTasks(ActorFactory.From(user), status ?? "open"), ct)))
            .WithSummary("The caller's tasks (status open, completed or cancelled).");

        api.MapGet("/inbox", async ([AsParameters] InboxParameters p, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListInbox(ActorFactory.From(user), p.ToQuery()), ct)))
            .WithSummary("One inbox tab (todo, started, processed, cc) filtered by form, workflow, submitter, partner, date or overdue, searched by title, sorted by due time or newest, paged; with every tab's count.");

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
