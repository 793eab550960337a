using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Outbox;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// Delivers a queued automation run (kind <see cref="AutomationDispatcher.OutboxKind"/>) in a unit of work of its own. A run
/// whose action fails is logged as failed with the reason and its place, and is not tried again (the rule or the data
/// is wrong, not the moment); only a lost race with another writer is retried by the outbox.
/// </summary>
public sealed class AutomationDeliverer(IServiceScopeFactory scopes, ILogger<AutomationDeliverer> logger) : IOutboxDeliverer
{
    public string Kind => AutomationDispatcher.OutboxKind;

    public async Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct)
    {
        var payload = delivery.Payload;
        var run = new RunAutomation(delivery.Id, Guid.Parse((string)payload["automationId"]!),
            payload["recordId"] is { } record ? Guid.Parse((string)record!) : null, (string)payload["trigger"]!,
            payload["data"] as JsonObject is { } data ? (JsonObject)data.DeepClone() : [], (int?)payload["depth"] ?? 1);
        string? error;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(run, ct);
            return null;
        }
        catch (ConflictException e)
        {
            throw new OutboxDeliveryException(e.Message, e);
        }
        catch (AutomationActionException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is not OutboxDeliveryException)
        {
            // Anything else (a database constraint, a bug) is still this run's failure, shown in its log.
            logger.LogWarning(e, "Automation {AutomationId} run {RunId} failed.", run.AutomationId, run.RunId);
            error = $"/: {e.GetBaseException().Message}";
        }
        await using var logScope = scopes.CreateAsyncScope();
        await logScope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new LogAutomationRun(run.RunId, run.AutomationId, run.RecordId, run.Trigger, run.Depth, error), ct);
        return null;
    }
}
