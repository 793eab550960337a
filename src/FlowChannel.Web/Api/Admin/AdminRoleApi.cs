using System.Security.Claims;
using FlowChannel.Application.Organisation.Roles;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api.Admin;

public static class AdminRoleApi
{
    public sealed record RoleBody(string? Name);

    public static void MapAdminRoleApi(this RouteGroupBuilder admin)
    {
        admin.MapGet("/roles", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRoles(ActorFactory.From(user)), ct)))
            .WithSummary("Built-in and custom roles with how many users hold each.");

        admin.MapPost("/roles", async (RoleBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var role = await mediator.Send(new CreateRole(ActorFactory.From(user), body.Name), ct);
                return TypedResults.Created($"/api/admin/roles/{role.Name}", role);
            })
            .WithSummary("Create a custom role; names are lower-case words joined by dashes (regional-manager).");
    }
}
