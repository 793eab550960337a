using System.Security.Claims;
using FlowChannel.Application.Directory;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Users and departments for member and department pickers.</summary>
public static class DirectoryApi
{
    public static void MapDirectoryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/directory/users", async (string? q, int? take, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SearchUsers(ActorFactory.From(user), q, take ?? 20), ct)))
            .WithSummary("Active users whose name, user name or email contains q (a partner does not see other partners' users).");

        api.MapGet("/directory/departments", async (string? q, int? take, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SearchDepartments(ActorFactory.From(user), q, take ?? 20), ct)))
            .WithSummary("Active departments whose name contains q.");
    }
}
