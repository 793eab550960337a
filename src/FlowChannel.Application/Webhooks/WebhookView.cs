using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Webhooks;

/// <summary>A webhook as admins see it: everything but the secret, which is shown once, when it is made.</summary>
public sealed record WebhookView(Guid Id, string FormId, string Name, string Url, IReadOnlyList<string> Events, string PermissionSetKey,
    bool IsActive, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WebhookView From(Webhook w) =>
        new(w.Id, w.FormId, w.Name, w.Url, WebhookEvents.Parse(w.Events), w.PermissionSetKey, w.IsActive, w.CreatedAt, w.UpdatedAt);
}

/// <summary>A webhook just made or given a new secret, with that secret: the only time it is returned.</summary>
public sealed record WebhookWithSecret(WebhookView Webhook, string Secret);
