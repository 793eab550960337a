using FlowChannel.Application.Common;
using FlowChannel.Application.Setup;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Organisation.Users;

/// <summary>
/// Creates a user. With no <see cref="Password"/> one is generated and returned in <see cref="CreatedUser"/> only:
/// it is not stored anywhere readable, so the admin hands it over and the user changes it.
/// </summary>
public sealed record CreateUser(Actor Actor, UserFields Fields, string? Password = null) : ICommand<CreatedUser>;

/// <summary>The new user; <c>GeneratedPassword</c> is shown this once (null when the admin chose the password).</summary>
public sealed record CreatedUser(UserSummary User, string? GeneratedPassword);

public sealed class CreateUserHandler(FlowChannelDbContext db, UserAccounts accounts, AuditTrail audit) : ICommandHandler<CreateUser, CreatedUser>
{
    public async ValueTask<CreatedUser> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var fields = command.Fields with { Roles = UserRoleList.Clean(command.Fields.Roles) };
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var errors = new List<FieldError>();
        UserRules.Check(fields, org, accounts.AllowedUserNameCharacters, "", errors);
        if (errors.Count == 0 && await accounts.UserNameTakenAsync(fields.UserName!, null, cancellationToken))
        {
            errors.Add(new FieldError("userName", "duplicateUserName", $"The user name '{fields.UserName!.Trim()}' is taken."));
        }
        var user = accounts.New(fields with { UserName = fields.UserName ?? "", DisplayName = fields.DisplayName ?? "" });
        var generated = string.IsNullOrEmpty(command.Password) ? PasswordGenerator.Create() : null;
        var password = command.Password is { Length: > 0 } given ? given : generated!;
        foreach (var problem in await accounts.CheckPasswordAsync(user, password))
        {
            errors.Add(new FieldError("password", "weakPassword", problem));
        }
        InvalidInputException.ThrowIfAny("The user is invalid.", errors);

        accounts.SetPassword(user, password);
        UserAccounts.RenewSecurityStamp(user);
        db.Users.Add(user);
        accounts.AddRoles(user.Id, fields.Roles!, await accounts.RoleIdsByNameAsync(cancellationToken));
        audit.Write(command.Actor, "user.created", "User", user.Id,
            $"{user.UserName}; roles: {string.Join(",", fields.Roles!)}; department: {user.DepartmentId}; partner: {user.PartnerId}");
        var roles = new Dictionary<string, List<string>> { [user.Id] = [.. fields.Roles!] };
        return new CreatedUser(UserViews.Summary(user, org, roles), generated);
    }
}
