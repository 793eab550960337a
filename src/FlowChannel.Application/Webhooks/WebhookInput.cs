using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Http;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// What an admin writes for a webhook. <see cref="Secret"/> is optional: one is made when none is given. The payload's
/// fields follow <see cref="PermissionSetKey"/> or <see cref="Role"/> (at most one); with neither, only the fields every
/// permission set of the form shows (<see cref="WebhookFieldRights"/>).
/// </summary>
public sealed record WebhookInput(string? FormId, string? Name, string? Url, IReadOnlyList<string>? Events, string? PermissionSetKey,
    bool IsActive = true, string? Secret = null, string? Role = null);

/// <summary>The checks of <see cref="WebhookInput"/>; every error names its field, and nothing is stored while any stands.</summary>
internal static class WebhookInputCheck
{
    public const int MinSecretLength = 16;

    public static async Task CheckAsync(WebhookInput input, FlowChannelDbContext db, PermissionSetCatalog catalog, OutboundAddressPolicy policy, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var formExists = input.FormId is { Length: > 0 } formId && await db.FormDefinitions.AnyAsync(f => f.FormId == formId && f.IsPublished, ct);
        if (!formExists)
        {
            errors.Add(new FieldError("formId", "unknownForm", $"There is no published form '{input.FormId}'."));
        }
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            errors.Add(new FieldError("name", "required", "Give the webhook a name of at most 200 characters."));
        }
        if (!Uri.TryCreate(input.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || input.Url!.Length > 2000)
        {
            errors.Add(new FieldError("url", "invalidUrl", "The URL must be an absolute http or https address."));
        }
        else if (policy.Check(url) is { IsAllowed: false } refused)
        {
            errors.Add(new FieldError("url", "addressRefused", $"FlowChannel may not call this address: {refused.Reason}"));
        }
        var events = input.Events ?? [];
        if (events.Count == 0)
        {
            errors.Add(new FieldError("events", "required", $"Choose at least one event: {string.Join(", ", WebhookEvents.All)}."));
        }
        for (var i = 0; i < events.Count; i++)
        {
            if (!WebhookEvents.All.Contains(events[i], StringComparer.Ordinal))
            {
                errors.Add(new FieldError($"events[{i}]", "unknownEvent", $"Unknown event '{events[i]}'; use {string.Join(", ", WebhookEvents.All)}."));
            }
        }
        var setKey = string.IsNullOrEmpty(input.PermissionSetKey) ? null : input.PermissionSetKey;
        if (setKey is not null && !string.IsNullOrEmpty(input.Role))
        {
            errors.Add(new FieldError("role", "oneSource", "Name a permission set or a role, not both."));
        }
        else if (!string.IsNullOrEmpty(input.Role) && !await db.Roles.AnyAsync(r => r.Name == input.Role, ct))
        {
            errors.Add(new FieldError("role", "unknownRole", $"There is no role '{input.Role}'."));
        }
        if (formExists && setKey is not null && !(await catalog.ForFormAsync(input.FormId!, ct)).Any(s => s.Key == setKey))
        {
            errors.Add(new FieldError("permissionSetKey", "unknownSet",
                $"Form '{input.FormId}' has no permission set '{input.PermissionSetKey}'; its field rights shape the payload."));
        }
        if (input.Secret is { } secret && secret.Length < MinSecretLength)
        {
            errors.Add(new FieldError("secret", "weakSecret", $"A secret has at least {MinSecretLength} characters; leave it out to get a random one."));
        }
        InvalidInputException.ThrowIfAny("The webhook is invalid.", errors);
    }

    public static void Apply(WebhookInput input, Webhook webhook)
    {
        webhook.FormId = input.FormId!;
        webhook.Name = input.Name!.Trim();
        webhook.Url = input.Url!;
        webhook.Events = string.Join(',', input.Events!.Distinct(StringComparer.Ordinal));
        webhook.PermissionSetKey = WebhookFieldRights.Store(string.IsNullOrEmpty(input.PermissionSetKey) ? null : input.PermissionSetKey, input.Role);
        webhook.IsActive = input.IsActive;
        webhook.UpdatedAt = DateTime.UtcNow;
    }
}
