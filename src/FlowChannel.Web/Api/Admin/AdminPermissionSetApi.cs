using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using FlowChannel.Application.Permissions.Sets;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api.Admin;

public static class AdminPermissionSetApi
{
    public static void MapAdminPermissionSetApi(this RouteGroupBuilder admin)
    {
        var sets = admin.MapGroup("/forms/{formId}/permission-sets");
        sets.MapGet("", async (string formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFormPermissionSets(ActorFactory.From(user), formId, CultureInfo.CurrentUICulture), ct)))
            .WithSummary("The form's permission sets in force (the form language's set shape), its fields, the actions and presets.");

        sets.MapPost("", async (string formId, JsonObject definition, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(new SavePermissionSet(ActorFactory.From(user), formId, null, definition), ct);
                return TypedResults.Created($"/api/admin/forms/{formId}/permission-sets/{saved.Key}", saved);
            })
            .WithSummary("Add a permission set; errors name their place by JSON pointer (422).");

        sets.MapPut("/{key}", async (string formId, string key, JsonObject definition, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SavePermissionSet(ActorFactory.From(user), formId, key, definition), ct)))
            .WithSummary("Replace a permission set; it is then customised, and pack upgrades leave it alone.");

        sets.MapDelete("/{key}", async (string formId, string key, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeletePermissionSet(ActorFactory.From(user), formId, key), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove a permission set (a form keeps at least one).");
    }
}
