using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Records;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>
/// What a form's pickers and related lists read from other forms while it is filled in. POST bodies are the form's
/// current values (for a subform column, the current row as their <c>$row</c> member); every answer holds only records
/// the caller may see.
/// </summary>
public static class LookupApi
{
    public static void MapLookupApi(this RouteGroupBuilder api)
    {
        var field = api.MapGroup("/forms/{formId}/fields/{fieldKey}");

        field.MapGet("/link-search", async (string formId, string fieldKey, string? q, int? take, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SearchLinkRecords(ActorFactory.From(user), formId, fieldKey, q, null, take ?? 20), ct)))
            .WithSummary("Records a link field may point at whose search fields contain q.");

        field.MapPost("/link-search", async (string formId, string fieldKey, string? q, int? take, JsonObject? current, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SearchLinkRecords(ActorFactory.From(user), formId, fieldKey, q, current, take ?? 20), ct)))
            .WithSummary("Link search with the form's current values, for filters that read them.");

        field.MapGet("/link-copy/{recordId:guid}", async (string formId, string fieldKey, Guid recordId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetLinkCopy(ActorFactory.From(user), formId, fieldKey, recordId), ct)))
            .WithSummary("The values a link field copies from the picked record, by target field key.");

        field.MapPost("/related", async (string formId, string fieldKey, JsonObject? current, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new QueryRelatedRecords(ActorFactory.From(user), formId, fieldKey, current ?? []), ct)))
            .WithSummary("The columns and rows a related-records item lists for the current values.");

        field.MapPost("/linkage", async (string formId, string fieldKey, JsonObject? current, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(new { value = await mediator.Send(new ResolveDataLinkage(ActorFactory.From(user), formId, fieldKey, current ?? []), ct) }))
            .WithSummary("The data-linkage default for the current values ({ value }, null when no record matches).");

        field.MapPost("/options", async (string formId, string fieldKey, JsonObject? current, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListSourceOptions(ActorFactory.From(user), formId, fieldKey, current ?? []), ct)))
            .WithSummary("The options a choice field reads from another form, for the current values.");
    }
}
