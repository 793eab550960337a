using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Webhooks;

/// <summary>Writes one attempt of a webhook delivery to its log (in a unit of work of its own, after the attempt).</summary>
public sealed record RecordWebhookAttempt(Guid DeliveryId, int Attempt, DateTime At, int? StatusCode, string? Error, int DurationMs) : ICommand;

public sealed class RecordWebhookAttemptHandler(FlowChannelDbContext db) : ICommandHandler<RecordWebhookAttempt>
{
    public ValueTask<Unit> Handle(RecordWebhookAttempt command, CancellationToken cancellationToken)
    {
        db.WebhookAttempts.Add(new WebhookAttempt
        {
            DeliveryId = command.DeliveryId,
            Attempt = command.Attempt,
            At = command.At,
            StatusCode = command.StatusCode,
            Error = command.Error is { Length: > 2000 } text ? text[..2000] : command.Error,
            DurationMs = command.DurationMs,
        });
        return ValueTask.FromResult(Unit.Value);
    }
}
