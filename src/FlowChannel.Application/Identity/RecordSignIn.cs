using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Identity;

/// <summary>Writes a sign-in attempt (browser or token) to the audit log.</summary>
public sealed record RecordSignIn(string? UserId, string Channel, bool Succeeded, bool LockedOut) : ICommand;

public sealed class RecordSignInHandler(AuditTrail audit) : ICommandHandler<RecordSignIn>
{
    public ValueTask<Unit> Handle(RecordSignIn command, CancellationToken cancellationToken)
    {
        var actor = command.UserId is null ? null : new Actor(command.UserId, command.UserId, new HashSet<string>());
        var outcome = command.Succeeded ? "succeeded" : command.LockedOut ? "locked-out" : "failed";
        audit.Write(actor, $"{command.Channel}.{outcome}", "User", command.UserId);
        return ValueTask.FromResult(Unit.Value);
    }
}
