using System.Text.Json.Nodes;
using FlowChannel.Application.Permissions;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Webhooks;

/// <summary>The JSON a webhook receives (documented in docs/webhooks.md) and the outbox message that carries it.</summary>
public static class WebhookPayload
{
    public static string Build(Guid deliveryId, string eventName, DateTime occurredAt, FormRecord record, FormRights rights, WorkflowInstance? instance)
    {
        var body = new JsonObject
        {
            ["id"] = deliveryId.ToString(),
            ["event"] = eventName,
            ["occurredAt"] = occurredAt,
            ["formId"] = record.FormId,
            ["record"] = new JsonObject
            {
                ["id"] = record.Id.ToString(),
                ["formVersion"] = record.FormVersion,
                ["status"] = record.Status,
                ["statusComment"] = record.StatusComment,
                ["data"] = rights.Redact(JsonNode.Parse(record.DataJson)!.AsObject()).DeepClone(),
                ["createdAt"] = record.CreatedAt,
                ["updatedAt"] = record.UpdatedAt,
                ["deletedAt"] = record.DeletedAt,
            },
        };
        if (instance is not null)
        {
            body["workflowInstance"] = new JsonObject
            {
                ["id"] = instance.Id,
                ["definitionId"] = instance.DefinitionId,
                ["status"] = instance.Status,
                ["subStatus"] = instance.SubStatus,
                ["finishedAt"] = instance.FinishedAt,
            };
        }
        return body.ToJsonString();
    }

    /// <summary>The outbox payload: the body is kept as the exact text that is signed and sent, so every attempt sends the same bytes.</summary>
    public static JsonObject Message(Guid webhookId, string eventName, string body) => new()
    {
        ["webhookId"] = webhookId.ToString(),
        ["event"] = eventName,
        ["body"] = body,
    };

    /// <summary>The body of <paramref name="body"/> under a new delivery id (an admin's resend).</summary>
    public static string WithDeliveryId(string body, Guid deliveryId)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        node["id"] = deliveryId.ToString();
        return node.ToJsonString();
    }
}
