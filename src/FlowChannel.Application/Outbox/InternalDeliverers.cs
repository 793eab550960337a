using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Waiting;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Outbox;

/// <summary>Starts a child workflow in a unit of work of its own (kind <see cref="OutboxKinds.ChildWorkflow"/>).</summary>
public sealed class ChildWorkflowDeliverer(IServiceScopeFactory scopes) : IOutboxDeliverer
{
    public string Kind => OutboxKinds.ChildWorkflow;

    public async Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct)
    {
        var payload = delivery.Payload;
        var command = new StartChildWorkflow(
            (string?)payload["parentInstanceId"] ?? string.Empty,
            (string)payload["childInstanceId"]!,
            (string)payload["definitionId"]!,
            (string?)payload["correlationId"],
            payload["input"] as JsonObject is { } input ? (JsonObject)input.DeepClone() : [],
            (bool?)payload["waitForCompletion"] ?? false);
        await InScope.SendAsync(scopes, command, ct);
        return null;
    }
}

/// <summary>Deliveries that are commands of FlowChannel itself, each in a scope and unit of work of its own.</summary>
internal static class InScope
{
    public static async Task SendAsync<TResponse>(IServiceScopeFactory scopes, ICommand<TResponse> command, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, ct);
        }
        catch (ConflictException ex)
        {
            // An instance it touches moved on at the same moment: worth another attempt.
            throw new OutboxDeliveryException(ex.Message, ex);
        }
    }
}

/// <summary>
/// Kind <see cref="OutboxKinds.Resume"/>: the reply is the stored input, and recording the delivery resumes the
/// message's bookmark with it (a parent hearing of its finished child).
/// </summary>
public sealed class ResumeDeliverer : IOutboxDeliverer
{
    public string Kind => OutboxKinds.Resume;

    public Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct) =>
        Task.FromResult(delivery.Payload["input"] is JsonObject input ? (JsonObject?)input.DeepClone() : []);
}
