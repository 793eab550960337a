using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Identity;

/// <summary>
/// Writes a change to a person's own sign-in settings (password changed, second factor on or off, recovery codes
/// used) to the audit log; these are what an investigation of a taken-over account looks for first.
/// </summary>
public sealed record RecordAccountChange(string UserId, string UserName, string Action) : ICommand;

public sealed class RecordAccountChangeHandler(AuditTrail audit) : ICommandHandler<RecordAccountChange>
{
    public ValueTask<Unit> Handle(RecordAccountChange command, CancellationToken cancellationToken)
    {
        audit.Write(new Actor(command.UserId, command.UserName, new HashSet<string>()), command.Action, "User", command.UserId);
        return ValueTask.FromResult(Unit.Value);
    }
}
