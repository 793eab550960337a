using System.Text.RegularExpressions;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Roles;

/// <summary>
/// Adds a custom role (e.g. <c>regional-manager</c>) that permission sets can then name. Names are lower-case words
/// joined by dashes, like the built-in ones, because permission sets and packs spell them literally.
/// </summary>
public sealed partial record CreateRole(Actor Actor, string? Name) : ICommand<RoleSummary>
{
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    public static partial Regex Pattern();

    public const int MaxLength = 64;
}

public sealed class CreateRoleHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<CreateRole, RoleSummary>
{
    public async ValueTask<RoleSummary> Handle(CreateRole command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var name = command.Name?.Trim() ?? "";
        var errors = new List<FieldError>();
        if (name.Length == 0 || name.Length > CreateRole.MaxLength || !CreateRole.Pattern().IsMatch(name))
        {
            errors.Add(new FieldError("name", "invalidRoleName",
                $"A role name is lower-case letters and digits joined by single dashes, e.g. regional-manager (at most {CreateRole.MaxLength} characters)."));
        }
        else if (name == FlowChannel.Forms.Permissions.PermissionSetDefinition.Anonymous)
        {
            // Reserved for visitors of public form links: a signed-in user holding it would pass as one.
            errors.Add(new FieldError("name", "reservedRole", $"'{name}' is reserved for visitors of public form links."));
        }
        else if (await db.Roles.AnyAsync(r => r.Name == name, cancellationToken))
        {
            errors.Add(new FieldError("name", "duplicateRole", $"The role '{name}' exists already."));
        }
        InvalidInputException.ThrowIfAny("The role is invalid.", errors);

        var role = new IdentityRole(name) { NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString() };
        db.Roles.Add(role);
        audit.Write(command.Actor, "role.created", "Role", role.Id, name);
        return new RoleSummary(name, false, 0);
    }
}
