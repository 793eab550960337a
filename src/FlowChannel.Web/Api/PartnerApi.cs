using System.Security.Claims;
using FlowChannel.Application.Partners;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class PartnerApi
{
    public static void MapPartnerApi(this RouteGroupBuilder api) =>
        api.MapGet("/partners", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListPartners(ActorFactory.From(user)), ct)))
            .WithSummary("Partner profiles the caller may see (a partner sees only their own).");
}
