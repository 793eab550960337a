using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Forms;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Form drafts, publishing and the stored versions (docs/form-versions.md).</summary>
public static class FormVersionApi
{
    public static void MapFormVersionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/forms/{formId}/draft", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetFormDraft(ActorFactory.From(user), formId), ct)))
            .WithSummary("The form's draft with what publishing it would find; designers and admins only.");

        api.MapPut("/forms/{formId}/draft", async (string formId, JsonNode schema, int? baseRevision, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SaveFormDraft(ActorFactory.From(user), formId, schema.ToJsonString(), baseRevision), ct)))
            .WithSummary("Save the draft of the form's next version (the body is the schema; at most 1 MB). Stored even with errors; " +
                "the answer lists them. With ?baseRevision=, 409 when someone else saved in between.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/forms/{formId}/publish", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new PublishForm(ActorFactory.From(user), formId), ct);
                return TypedResults.Created($"/api/forms/{result.FormId}/versions/{result.Version}", result);
            })
            .WithSummary("Publish the draft as the next version. 422 lists every schema error and data-losing change by path.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/forms/{formId}/versions", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListFormVersions(ActorFactory.From(user), formId), ct)))
            .WithSummary("Every stored version of the form, newest first.");

        api.MapGet("/forms/{formId}/versions/{version:int}", async (string formId, int version, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetFormVersion(ActorFactory.From(user), formId, version), ct)))
            .WithSummary("One version's schema exactly as stored.");
    }
}
