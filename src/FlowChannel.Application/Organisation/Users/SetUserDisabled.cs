using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Users;

/// <summary>
/// Disables or enables a user. Nothing of theirs is deleted: records, tasks and audit entries keep pointing at the
/// user id. A disabled user is locked out until <see cref="UserAccounts.DisabledUntil"/>, which is what sign-in
/// (cookie and token), personal access tokens, approver choice and member pickers check; the renewed security
/// stamp ends the sessions they already have.
/// </summary>
public sealed record SetUserDisabled(Actor Actor, string UserId, bool Disabled) : ICommand<UserSummary>;

public sealed class SetUserDisabledHandler(FlowChannelDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<SetUserDisabled, UserSummary>
{
    public async ValueTask<UserSummary> Handle(SetUserDisabled command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("User", command.UserId);
        if (command.Disabled && user.Id == command.Actor.UserId)
        {
            throw new ConflictException("You cannot disable your own account; ask another administrator.");
        }
        if (command.Disabled && user.DisabledAt is null)
        {
            user.DisabledAt = clock.GetUtcNow().UtcDateTime;
            user.LockoutEnabled = true;
            user.LockoutEnd = UserAccounts.DisabledUntil;
            UserAccounts.RenewSecurityStamp(user);
            UserAccounts.Touch(user);
            audit.Write(command.Actor, "user.disabled", "User", user.Id, user.UserName);
        }
        else if (!command.Disabled && user.DisabledAt is not null)
        {
            user.DisabledAt = null;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            UserAccounts.RenewSecurityStamp(user);
            UserAccounts.Touch(user);
            audit.Write(command.Actor, "user.enabled", "User", user.Id, user.UserName);
        }
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        return UserViews.Summary(user, org, await UserViews.RolesByUserAsync(db, [user.Id], cancellationToken));
    }
}
