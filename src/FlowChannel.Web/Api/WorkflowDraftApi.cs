using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Definitions;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>
/// The flow designer's draft of a workflow definition over REST, for designers and admins: GET reads the newest
/// version as Elsa JSON (what the designer opens), PUT saves the body as the draft (over an unpublished newest
/// version, else as the next one). A body that is not an Elsa definition of that id is 422 naming each place.
/// </summary>
public static class WorkflowDraftApi
{
    public static void MapWorkflowDraftApi(this RouteGroupBuilder api)
    {
        var draft = api.MapGroup("/workflow-definitions/{definitionId}/draft")
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin, RoleNames.Designer)).WithTags("Workflow drafts");

        draft.MapGet("", async (string definitionId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                Results.Text((await mediator.Send(new GetWorkflowDraft(ActorFactory.From(user), definitionId), ct)).Json, "application/json"))
            .WithSummary("The newest version (draft or published) as Elsa 3 JSON; 404 for an unknown definition.");

        draft.MapPut("", async (string definitionId, HttpRequest request, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var json = await reader.ReadToEndAsync(ct);
                var saved = await mediator.Send(new SaveWorkflowDraft(ActorFactory.From(user), json, definitionId), ct);
                return TypedResults.Ok(new { saved.DefinitionId, saved.Version, saved.IsPublished });
            })
            .Accepts<JsonObject>("application/json")
            .WithSummary("Saves the body (Elsa 3 JSON naming this definitionId) as the draft; 422 with JSON pointers when it does not read.");
    }
}
