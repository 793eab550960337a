using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Http;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Changes a webhook. A <see cref="WebhookInput.Secret"/> replaces the secret; <see cref="RotateSecret"/> makes a new
/// random one, returned in the answer (the only time). Otherwise the secret stays and is not returned.
/// </summary>
public sealed record UpdateWebhook(Actor Actor, Guid Id, WebhookInput Input, bool RotateSecret = false) : ICommand<WebhookWithSecret?>;

public sealed class UpdateWebhookHandler(FlowChannelDbContext db, PermissionSetCatalog catalog, OutboundAddressPolicy policy,
    WebhookSecrets secrets, WebhookSubscriptions subscriptions, AuditTrail audit) : ICommandHandler<UpdateWebhook, WebhookWithSecret?>
{
    public async ValueTask<WebhookWithSecret?> Handle(UpdateWebhook command, CancellationToken cancellationToken)
    {
        WebhookAccess.Check(command.Actor);
        var webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Webhook", command.Id.ToString());
        await WebhookInputCheck.CheckAsync(command.Input, db, catalog, policy, cancellationToken);
        var oldForm = webhook.FormId;
        WebhookInputCheck.Apply(command.Input, webhook);
        var secret = command.Input.Secret ?? (command.RotateSecret ? WebhookSecrets.Generate() : null);
        if (secret is not null)
        {
            webhook.ProtectedSecret = secrets.Protect(secret);
        }
        audit.Write(command.Actor, secret is null ? "webhook.updated" : "webhook.secretChanged", "Webhook", webhook.Id.ToString(),
            $"{webhook.FormId} → {webhook.Url} ({(webhook.IsActive ? "active" : "inactive")})");
        subscriptions.Forget(oldForm);
        subscriptions.Forget(webhook.FormId);
        return secret is null ? null : new WebhookWithSecret(WebhookView.From(webhook), secret);
    }
}
