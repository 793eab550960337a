using System.Security.Claims;
using FlowChannel.Application.Notifications;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class NotificationApi
{
    public static void MapNotificationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListMyNotifications(ActorFactory.From(user)), ct)))
            .WithSummary("The caller's in-app messages, newest first.");

        api.MapGet("/notifications/unread-count", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(new { unread = await mediator.Send(new CountUnreadNotifications(ActorFactory.From(user)), ct) }))
            .WithSummary("How many of the caller's messages are unread.");

        api.MapPost("/notifications/{id:guid}/read", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(new { marked = await mediator.Send(new MarkNotificationsRead(ActorFactory.From(user), id), ct) }))
            .WithSummary("Mark one of the caller's messages read.");

        api.MapPost("/notifications/read-all", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(new { marked = await mediator.Send(new MarkNotificationsRead(ActorFactory.From(user)), ct) }))
            .WithSummary("Mark all of the caller's messages read.");
    }
}
