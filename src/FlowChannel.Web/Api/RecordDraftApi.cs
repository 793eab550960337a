using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Records;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Unfinished submissions a user saved to come back to; each is visible to its owner only.</summary>
public static class RecordDraftApi
{
    /// <summary>A draft's field values (unknown keys are dropped), an optional title, and the revision it was loaded at.</summary>
    public sealed record RecordDraftBody(JsonObject? Data, string? Title, int? BaseRevision);

    public static void MapRecordDraftApi(this RouteGroupBuilder api)
    {
        api.MapPost("/forms/{formId}/record-drafts", async (string formId, RecordDraftBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new SaveRecordDraft(ActorFactory.From(user), formId, null, body.Data, body.Title), ct);
                return TypedResults.Created($"/api/record-drafts/{result.Draft.Id}", result);
            })
            .WithSummary("Save a new unfinished submission of the form (not validated; at most 256 KB).");

        api.MapPut("/record-drafts/{id:guid}", async (Guid id, RecordDraftBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SaveRecordDraft(ActorFactory.From(user), null, id, body.Data, body.Title, body.BaseRevision), ct)))
            .WithSummary("Replace the data of one of the caller's drafts. 409 when baseRevision is given and someone saved in between.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/record-drafts", async (string? formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListMyRecordDrafts(ActorFactory.From(user), formId), ct)))
            .WithSummary("The caller's drafts, most recently saved first.");

        api.MapGet("/record-drafts/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetRecordDraft(ActorFactory.From(user), id), ct)))
            .WithSummary("One of the caller's drafts with its data; anyone else's answers 404.");

        api.MapDelete("/record-drafts/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteRecordDraft(ActorFactory.From(user), id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Throw away one of the caller's drafts.");
    }
}
