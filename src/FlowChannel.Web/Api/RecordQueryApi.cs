using System.Security.Claims;
using FlowChannel.Application.Records.Query;
using FlowChannel.Application.Records.Views;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>The records grid over REST: filtered, sorted, searched pages of a form's records, and each user's saved views.</summary>
public static class RecordQueryApi
{
    /// <summary>Body of a saved view: its name and the grid query it restores.</summary>
    public sealed record ViewBody(string? Name, GridQuery? Query);

    public static void MapRecordQueryApi(this RouteGroupBuilder api)
    {
        api.MapPost("/forms/{formId}/records/query", async (string formId, GridQuery query, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new QueryRecords(ActorFactory.From(user), formId, query), ct)))
            .WithSummary("A page of the form's records the caller may view, filtered, searched and sorted on any field (docs/records-query.md); 422 names a bad filter, sort key or column.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/forms/{formId}/views", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListSavedViews(ActorFactory.From(user), formId), ct)))
            .WithSummary("The caller's own saved views of the form's records grid.");

        api.MapPost("/forms/{formId}/views", async (string formId, ViewBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var view = await mediator.Send(new SaveView(ActorFactory.From(user), formId, null, body.Name ?? "", body.Query ?? new GridQuery()), ct);
                return TypedResults.Created($"/api/views/{view.Id}", view);
            })
            .WithSummary("Save a personal view (name, filters, sort, columns); 422 when the name is empty, too long or already used.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPut("/forms/{formId}/views/{id:guid}", async (string formId, Guid id, ViewBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SaveView(ActorFactory.From(user), formId, id, body.Name ?? "", body.Query ?? new GridQuery()), ct)))
            .WithSummary("Replace one of the caller's saved views.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapDelete("/views/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteView(ActorFactory.From(user), id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete one of the caller's saved views.");
    }
}
