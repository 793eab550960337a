using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Records of a form: list, change and delete, each within the caller's permission sets (exports: <see cref="RecordExportApi"/>).</summary>
public static class RecordApi
{
    /// <summary>Body of a change: the fields to change, and the record version the caller read (409 when it moved on).</summary>
    public sealed record UpdateRecordBody(JsonObject? Data, int? BaseVersion = null);

    public static void MapRecordApi(this RouteGroupBuilder api)
    {
        api.MapGet("/forms/{formId}/records", async (string formId, int? page, int? pageSize, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListRecords(ActorFactory.From(user), formId, page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("A page of the form's records the caller may view, newest first, without fields hidden from them.");

        api.MapGet("/forms/{formId}/rights", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetFormRights(ActorFactory.From(user), formId), ct)))
            .WithSummary("The caller's actions on the form and right (hidden, read, edit) on each field.");

        api.MapPut("/records/{id:guid}", async (Guid id, UpdateRecordBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new UpdateRecord(ActorFactory.From(user), id, body.Data, body.BaseVersion, CultureInfo.CurrentUICulture), ct)))
            .WithSummary("Change fields of a record; 422 names each field that may not or cannot be changed, 409 when it changed meanwhile.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapDelete("/records/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteRecord(ActorFactory.From(user), id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete a record (kept for restore by an admin).");
    }
}
