using System.Security.Claims;
using FlowChannel.Application.Tasks;
using FlowChannel.Application.Tasks.Delegation;
using FlowChannel.Application.Tasks.Inbox;
using FlowChannel.Web.Identity;
using Mediator;
using static FlowChannel.Web.Api.TaskApi;

namespace FlowChannel.Web.Api;

/// <summary>What the inbox does besides single task actions: filter choices, batch approve, withdraw, the flow diagram, out-of-office delegation.</summary>
public static class InboxActionApi
{
    public static void MapInboxActionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/inbox/filters", async (string? tab, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetInboxFilters(ActorFactory.From(user), tab ?? InboxTabs.Todo), ct)))
            .WithSummary("The forms, workflows, submitters and partners that occur in one inbox tab, for its filters.");

        api.MapPost("/tasks/batch-approve", async (BatchApproveBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new BatchApproveTasks(ActorFactory.From(user), body.TaskIds ?? [], body.Comment), ct)))
            .WithSummary("Approves several to-do tasks with one comment, each on its own; a result per task (approved, notBatchApprovable, forbidden, conflict, notFound, invalid).");

        api.MapPost("/records/{id:guid}/withdraw", async (Guid id, WithdrawBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new WithdrawSubmission(ActorFactory.From(user), id, null, body?.Comment), ct)))
            .WithSummary("The submitter withdraws a submission: its flow is cancelled and its open tasks close. 409 once any step was approved; 403 for anyone but the submitter.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapPost("/workflow-instances/{id}/withdraw", async (string id, WithdrawBody? body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new WithdrawSubmission(ActorFactory.From(user), null, id, body?.Comment), ct)))
            .WithSummary("The person who started a flow withdraws it (with its record, if any), as long as no step was approved; 409 after, 403 for others.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/workflow-instances/{id}/path", async (string id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetFlowPath(ActorFactory.From(user), id), ct)))
            .WithSummary("The flow diagram of an instance: its definition's nodes, positions and connections, the activities it ran, the connections it followed and where it waits now. 404 for anyone who may not see the flow.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var me = api.MapGroup("/me/delegation");
        me.MapGet("", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            await mediator.Send(new GetMyDelegation(ActorFactory.From(user)), ct) is { } view ? Results.Ok(view) : Results.NoContent())
            .WithSummary("The caller's out-of-office delegate and period; 204 when none is set.");

        me.MapPut("", async (DelegationBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetMyDelegation(ActorFactory.From(user), body.DelegateUser,
                body.StartsAt?.ToUniversalTime(), body.EndsAt?.ToUniversalTime(), body.Note), ct)))
            .WithSummary("Sets the caller's out-of-office delegate (user id, name or e-mail) from startsAt until endsAt: approval tasks made for the caller meanwhile go to the delegate. 422 for oneself or an unknown user.");

        me.MapDelete("", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            await mediator.Send(new ClearMyDelegation(ActorFactory.From(user)), ct) ? Results.NoContent() : Results.NotFound())
            .WithSummary("Removes the caller's out-of-office delegate; tasks already handed over stay with the delegate.");
    }

    public sealed record DelegationBody(string? DelegateUser, DateTime? StartsAt, DateTime? EndsAt, string? Note);
}
