using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Http;
using Mediator;

namespace FlowChannel.Application.Webhooks;

/// <summary>Adds a webhook to a form; the answer carries its secret, which is never returned again.</summary>
public sealed record CreateWebhook(Actor Actor, WebhookInput Input) : ICommand<WebhookWithSecret>;

public sealed class CreateWebhookHandler(FlowChannelDbContext db, PermissionSetCatalog catalog, OutboundAddressPolicy policy,
    WebhookSecrets secrets, WebhookSubscriptions subscriptions, AuditTrail audit) : ICommandHandler<CreateWebhook, WebhookWithSecret>
{
    public async ValueTask<WebhookWithSecret> Handle(CreateWebhook command, CancellationToken cancellationToken)
    {
        WebhookAccess.Check(command.Actor);
        await WebhookInputCheck.CheckAsync(command.Input, db, catalog, policy, cancellationToken);
        var secret = command.Input.Secret ?? WebhookSecrets.Generate();
        var webhook = new Webhook
        {
            FormId = "", Name = "", Url = "", Events = "", PermissionSetKey = "",
            ProtectedSecret = secrets.Protect(secret),
            CreatedByUserId = command.Actor.UserId,
        };
        WebhookInputCheck.Apply(command.Input, webhook);
        db.Webhooks.Add(webhook);
        audit.Write(command.Actor, "webhook.created", "Webhook", webhook.Id.ToString(), $"{webhook.FormId} → {webhook.Url}");
        subscriptions.Forget(webhook.FormId);
        return new WebhookWithSecret(WebhookView.From(webhook), secret);
    }
}
