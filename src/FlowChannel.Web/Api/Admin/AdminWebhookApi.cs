using System.Security.Claims;
using FlowChannel.Application.Webhooks;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api.Admin;

public static class AdminWebhookApi
{
    /// <summary>
    /// A webhook's fields. <c>secret</c> is optional (one is generated); on update it replaces the secret, as does
    /// <c>rotateSecret</c> with a generated one. A secret is returned only in the answer that set it.
    /// </summary>
    public sealed record WebhookBody(string? FormId, string? Name, string? Url, IReadOnlyList<string>? Events, string? PermissionSetKey,
        bool? IsActive, string? Secret, bool? RotateSecret, string? Role = null)
    {
        public WebhookInput Input => new(FormId, Name, Url, Events, PermissionSetKey, IsActive ?? true, Secret, Role);
    }

    public static void MapAdminWebhookApi(this RouteGroupBuilder admin)
    {
        var hooks = admin.MapGroup("/webhooks");
        hooks.MapGet("", async (string? formId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWebhooks(ActorFactory.From(user), formId), ct)))
            .WithSummary("The webhooks of every form, or of formId; secrets are never listed.");

        hooks.MapPost("", async (WebhookBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateWebhook(ActorFactory.From(user), body.Input), ct);
                return TypedResults.Created($"/api/admin/webhooks/{created.Webhook.Id}", created);
            })
            .WithSummary("Add a webhook to a form: url, events (record.created, record.updated, record.deleted, workflow.finished), permissionSetKey or role whose field rights shape the payload (neither: only fields every set shows); the answer holds the secret, shown this once.");

        hooks.MapPut("/{id:guid}", async (Guid id, WebhookBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var changed = await mediator.Send(new UpdateWebhook(ActorFactory.From(user), id, body.Input, body.RotateSecret ?? false), ct);
                return changed is null ? Results.NoContent() : Results.Ok(changed);
            })
            .WithSummary("Change a webhook; answers 200 with the new secret when it was replaced or rotated, else 204.");

        hooks.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteWebhook(ActorFactory.From(user), id), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Remove a webhook; its waiting deliveries are given up.");

        hooks.MapGet("/{id:guid}/deliveries", async (Guid id, int? page, int? pageSize, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListWebhookDeliveries(ActorFactory.From(user), id, page ?? 1, pageSize ?? 50), ct)))
            .WithSummary("The delivery log, newest first: state, attempts with status codes and errors, next retry.");

        hooks.MapPost("/deliveries/{deliveryId:guid}/resend", async (Guid deliveryId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, new { deliveryId = await mediator.Send(new ResendWebhookDelivery(ActorFactory.From(user), deliveryId), ct) }))
            .WithSummary("Send a delivery again as a new delivery (new id); answers with its id.");
    }
}
