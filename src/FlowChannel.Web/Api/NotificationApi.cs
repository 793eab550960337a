using System.Security.Claims;
using FlowChannel.Application.Notifications;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class NotificationApi
{
    public static void MapNotificationApi(this RouteGroupBuilder api) =>
        api.MapGet("/notifications", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListMyNotifications(ActorFactory.From(user)), ct)))
            .WithSummary("The caller's in-app messages, newest first.");
}
