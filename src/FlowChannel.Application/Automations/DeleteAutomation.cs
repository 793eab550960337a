using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Automations;

/// <summary>Removes a rule; its run log stays, as history.</summary>
public sealed record DeleteAutomation(Actor Actor, string FormId, Guid Id) : ICommand;

public sealed class DeleteAutomationHandler(FlowChannelDbContext db, AuditTrail audit, AutomationRules rules) : ICommandHandler<DeleteAutomation>
{
    public async ValueTask<Unit> Handle(DeleteAutomation command, CancellationToken cancellationToken)
    {
        AutomationAccess.Check(command.Actor);
        var automation = await db.Automations.FirstOrDefaultAsync(a => a.Id == command.Id && a.FormId == command.FormId, cancellationToken)
            ?? throw new NotFoundException("Automation", command.Id.ToString());
        db.Automations.Remove(automation);
        audit.Write(command.Actor, "automation.deleted", "Automation", automation.Id.ToString(), $"{automation.FormId}: {automation.Key}");
        rules.Forget(automation.FormId);
        return Unit.Value;
    }
}
