using System.Security.Claims;
using FlowChannel.Application.Settings;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api.Admin;

public static class AdminEmailSettingsApi
{
    public static void MapAdminEmailSettingsApi(this RouteGroupBuilder admin)
    {
        var email = admin.MapGroup("/settings/email");
        email.MapGet("", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEmailSettings(ActorFactory.From(user)), ct)))
            .WithSummary("The SMTP settings in force (configuration, or what an admin saved); the password is never returned, only hasPassword.");

        email.MapPut("", async (EmailSettingsInput body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SaveEmailSettings(ActorFactory.From(user), body), ct)))
            .WithSummary("Save host, port, security (StartTls, SslOnConnect, Auto, None), userName, password (null keeps it; clearPassword removes it) and defaultFrom; an empty host sends mail to the pickup folder.");
    }
}
