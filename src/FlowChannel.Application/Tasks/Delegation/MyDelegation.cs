using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks.Delegation;

/// <summary>The caller's out-of-office setting, or null when they have none.</summary>
public sealed record GetMyDelegation(Actor Actor) : IQuery<DelegationView?>;

/// <summary>
/// An out-of-office setting as shown to its owner. <see cref="Active"/> is true while the period runs, when new approval
/// tasks for the owner go to the delegate.
/// </summary>
public sealed record DelegationView(string DelegateUserId, string DelegateName, DateTime StartsAt, DateTime EndsAt, string? Note, bool Active);

public sealed class GetMyDelegationHandler(FlowChannelDbContext db, TimeProvider clock) : IQueryHandler<GetMyDelegation, DelegationView?>
{
    public async ValueTask<DelegationView?> Handle(GetMyDelegation query, CancellationToken cancellationToken)
    {
        var setting = await db.TaskDelegations.AsNoTracking().FirstOrDefaultAsync(d => d.UserId == query.Actor.UserId, cancellationToken);
        return setting is null ? null : await DelegationViews.FromAsync(db, setting, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}

/// <summary>Takes the caller's out-of-office setting away; tasks already handed over stay with the delegate.</summary>
public sealed record ClearMyDelegation(Actor Actor) : ICommand<bool>;

public sealed class ClearMyDelegationHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<ClearMyDelegation, bool>
{
    public async ValueTask<bool> Handle(ClearMyDelegation command, CancellationToken cancellationToken)
    {
        var setting = await db.TaskDelegations.FirstOrDefaultAsync(d => d.UserId == command.Actor.UserId, cancellationToken);
        if (setting is null)
        {
            return false;
        }
        db.TaskDelegations.Remove(setting);
        audit.Write(command.Actor, "delegation.clear", "TaskDelegation", setting.Id.ToString(), setting.DelegateUserId);
        return true;
    }
}

internal static class DelegationViews
{
    public static async Task<DelegationView> FromAsync(FlowChannelDbContext db, TaskDelegation setting, DateTime now, CancellationToken ct)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == setting.DelegateUserId)
            .Select(u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id)
            .FirstOrDefaultAsync(ct) ?? setting.DelegateUserId;
        return new DelegationView(setting.DelegateUserId, name, setting.StartsAt, setting.EndsAt, setting.Note,
            setting.StartsAt <= now && setting.EndsAt > now);
    }
}
