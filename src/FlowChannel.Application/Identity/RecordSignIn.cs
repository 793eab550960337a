using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Identity;

/// <summary>
/// Writes a sign-in attempt (browser or token) to the audit log. Sent after the attempt, as a command of its own, so
/// that a failed attempt is recorded in a transaction that commits rather than in the one that failed.
/// </summary>
/// <remarks>
/// An unknown user name is not written down: people type their password into the name box, and the log keeps
/// whatever it is given for ever.
/// </remarks>
public sealed record RecordSignIn(string? UserId, string Channel, bool Succeeded, bool LockedOut, string? RemoteAddress = null) : ICommand;

public sealed class RecordSignInHandler(AuditTrail audit) : ICommandHandler<RecordSignIn>
{
    public ValueTask<Unit> Handle(RecordSignIn command, CancellationToken cancellationToken)
    {
        var actor = command.UserId is null ? null : new Actor(command.UserId, command.UserId, new HashSet<string>());
        var outcome = command.Succeeded ? "succeeded" : command.LockedOut ? "locked-out" : "failed";
        var who = command.UserId is null ? "unknown user name" : null;
        var from = command.RemoteAddress is null ? null : $"from {command.RemoteAddress}";
        var detail = string.Join(", ", new[] { who, from }.OfType<string>());
        audit.Write(actor, $"{command.Channel}.{outcome}", "User", command.UserId, detail.Length == 0 ? null : detail);
        return ValueTask.FromResult(Unit.Value);
    }
}
