using FlowChannel.Application.Webhooks;

namespace FlowChannel.Web.Components.Webhooks;

/// <summary>What the webhook editor binds to; <see cref="Id"/> is null for a new webhook.</summary>
public sealed class WebhookEditModel
{
    public Guid? Id { get; init; }

    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public IEnumerable<string> Events { get; set; } = [WebhookEvents.RecordCreated];

    /// <summary>A permission set whose field rights shape the payload; with <see cref="Role"/> also empty, the safe default.</summary>
    public string? PermissionSetKey { get; set; }

    public string? Role { get; set; }

    public bool IsActive { get; set; } = true;

    public static WebhookEditModel From(WebhookView hook) => new()
    {
        Id = hook.Id,
        Name = hook.Name,
        Url = hook.Url,
        Events = [.. hook.Events],
        PermissionSetKey = hook.PermissionSetKey,
        Role = hook.Role,
        IsActive = hook.IsActive,
    };

    public WebhookInput ToInput(string formId) => new(formId, Name, Url, [.. Events], PermissionSetKey, IsActive, Role: Role);
}
