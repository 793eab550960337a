using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// A webhook as admins see it: everything but the secret, which is shown once, when it is made. Neither
/// <see cref="PermissionSetKey"/> nor <see cref="Role"/> means the default field rights (<see cref="WebhookFieldRights"/>).
/// </summary>
public sealed record WebhookView(Guid Id, string FormId, string Name, string Url, IReadOnlyList<string> Events, string? PermissionSetKey,
    string? Role, bool IsActive, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WebhookView From(Webhook w) =>
        new(w.Id, w.FormId, w.Name, w.Url, WebhookEvents.Parse(w.Events), WebhookFieldRights.SetKeyOf(w.PermissionSetKey),
            WebhookFieldRights.RoleOf(w.PermissionSetKey), w.IsActive, w.CreatedAt, w.UpdatedAt);
}

/// <summary>A webhook just made or given a new secret, with that secret: the only time it is returned.</summary>
public sealed record WebhookWithSecret(WebhookView Webhook, string Secret);
