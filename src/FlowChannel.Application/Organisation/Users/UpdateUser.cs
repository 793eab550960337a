using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Users;

/// <summary>
/// Changes a user's fields and roles. When the roles, partner or department change, the security stamp is renewed:
/// the user's open sessions and bearer tokens are checked against it and follow the change.
/// </summary>
public sealed record UpdateUser(Actor Actor, string UserId, UserFields Fields) : ICommand<UserSummary>;

public sealed class UpdateUserHandler(FlowChannelDbContext db, UserAccounts accounts, AuditTrail audit) : ICommandHandler<UpdateUser, UserSummary>
{
    public async ValueTask<UserSummary> Handle(UpdateUser command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.UserId, cancellationToken)
            ?? throw new NotFoundException("User", command.UserId);
        var fields = command.Fields with { Roles = UserRoleList.Clean(command.Fields.Roles) };
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var errors = new List<FieldError>();
        UserRules.Check(fields, org, accounts.AllowedUserNameCharacters, "", errors);
        if (errors.Count == 0 && await accounts.UserNameTakenAsync(fields.UserName!, user.Id, cancellationToken))
        {
            errors.Add(new FieldError("userName", "duplicateUserName", $"The user name '{fields.UserName!.Trim()}' is taken."));
        }
        var oldRoles = await accounts.RolesOfAsync(user.Id, cancellationToken);
        // An admin who takes away their own admin role could leave nobody able to undo it.
        if (user.Id == command.Actor.UserId && oldRoles.Contains(RoleNames.Admin) && !fields.Roles!.Contains(RoleNames.Admin))
        {
            errors.Add(new FieldError("roles", "ownAdminRole", "You cannot remove the admin role from yourself; ask another administrator."));
        }
        InvalidInputException.ThrowIfAny("The user is invalid.", errors);

        var (oldDepartment, oldPartner) = (user.DepartmentId, user.PartnerId);
        accounts.Apply(user, fields);
        var rolesChanged = await accounts.SetRolesAsync(user.Id, fields.Roles!, cancellationToken);
        if (rolesChanged || oldDepartment != user.DepartmentId || oldPartner != user.PartnerId)
        {
            UserAccounts.RenewSecurityStamp(user);
        }
        audit.Write(command.Actor, "user.updated", "User", user.Id,
            $"{user.UserName}; department: {oldDepartment} -> {user.DepartmentId}; partner: {oldPartner} -> {user.PartnerId}");
        if (rolesChanged)
        {
            audit.Write(command.Actor, "user.roles-changed", "User", user.Id,
                $"{string.Join(",", oldRoles)} -> {string.Join(",", fields.Roles!)}");
        }
        var roles = new Dictionary<string, List<string>> { [user.Id] = [.. fields.Roles!] };
        return UserViews.Summary(user, org, roles);
    }
}
