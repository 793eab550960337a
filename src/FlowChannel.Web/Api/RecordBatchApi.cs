using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Records.Batch;
using FlowChannel.Application.Records.History;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Batch edit and delete of chosen records, a record's history, and restoring deleted records (admins).</summary>
public static class RecordBatchApi
{
    /// <summary>Body of a batch edit: the records, the field, and either a value or a formula over each record's values.</summary>
    public sealed record BatchEditBody(IReadOnlyList<Guid>? RecordIds, string? Field, JsonNode? Value, string? Formula);

    /// <summary>Body of a batch delete: the records.</summary>
    public sealed record BatchDeleteBody(IReadOnlyList<Guid>? RecordIds);

    public static void MapRecordBatchApi(this RouteGroupBuilder api)
    {
        api.MapPost("/forms/{formId}/records/batch-edit", async (string formId, BatchEditBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new BatchEditRecords(ActorFactory.From(user), formId, body.RecordIds ?? [], body.Field ?? "",
                body.Value, body.Formula, CultureInfo.CurrentUICulture), ct)))
            .WithSummary("Set one field of the chosen records to a value or a formula (batchEdit action), all or nothing; 422 names each record and field refused.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/forms/{formId}/records/batch-delete", async (string formId, BatchDeleteBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new BatchDeleteRecords(ActorFactory.From(user), formId, body.RecordIds ?? []), ct)))
            .WithSummary("Delete the chosen records (delete action), all or nothing; they stay restorable by an admin within the retention period.");

        api.MapGet("/records/{id:guid}/history", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetRecordHistory(ActorFactory.From(user), id), ct)))
            .WithSummary("The record's changes (who, when, old and new value of each field the caller may see) and workflow events, oldest first.");

        api.MapGet("/forms/{formId}/records/deleted", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListDeletedRecords(ActorFactory.From(user), formId), ct)))
            .WithSummary("Deleted records still within the retention period (admins).");

        api.MapPost("/records/{id:guid}/restore", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RestoreRecord(ActorFactory.From(user), id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Restore a deleted record (admins, within the retention period); 409 when too old or a unique value is taken.");
    }
}
