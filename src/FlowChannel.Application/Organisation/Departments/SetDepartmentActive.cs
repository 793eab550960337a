using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Departments;

/// <summary>
/// Deactivates a department (records that name it keep the id and still show its name) or activates it again.
/// Deactivating waits until no enabled user belongs to it and no active sub-department hangs below it, and says
/// how many of each are in the way; activating needs an active parent.
/// </summary>
public sealed record SetDepartmentActive(Actor Actor, Guid DepartmentId, bool Active) : ICommand<Guid>;

public sealed class SetDepartmentActiveHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<SetDepartmentActive, Guid>
{
    public async ValueTask<Guid> Handle(SetDepartmentActive command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == command.DepartmentId, cancellationToken)
            ?? throw new NotFoundException("Department", command.DepartmentId.ToString());
        if (department.IsActive == command.Active)
        {
            return department.Id;
        }
        var errors = new List<FieldError>();
        if (!command.Active)
        {
            var users = await db.Users.CountAsync(u => u.DepartmentId == department.Id && u.DisabledAt == null, cancellationToken);
            var children = await db.Departments.CountAsync(d => d.ParentId == department.Id && d.IsActive, cancellationToken);
            if (users > 0)
            {
                errors.Add(new FieldError("id", "hasActiveUsers",
                    $"{users} active user(s) still belong to '{department.Name}': move them to another department or disable them first."));
            }
            if (children > 0)
            {
                errors.Add(new FieldError("id", "hasActiveChildren",
                    $"{children} active sub-department(s) lie below '{department.Name}': deactivate or move them first."));
            }
        }
        else if (department.ParentId is { } parentId && !await db.Departments.AnyAsync(d => d.Id == parentId && d.IsActive, cancellationToken))
        {
            errors.Add(new FieldError("id", "parentInactive", "Its parent department is inactive: activate that first, or move this one."));
        }
        else if (await db.Departments.AnyAsync(d => d.IsActive && d.ParentId == department.ParentId && d.Name == department.Name && d.Id != department.Id, cancellationToken))
        {
            // Paths must stay unambiguous for imports: a new department may have taken the name meanwhile.
            errors.Add(new FieldError("id", "duplicateName", $"Another active department under the same parent is called '{department.Name}': rename one first."));
        }
        InvalidInputException.ThrowIfAny(command.Active ? "The department cannot be activated." : "The department cannot be deactivated.", errors);

        department.IsActive = command.Active;
        audit.Write(command.Actor, command.Active ? "department.activated" : "department.deactivated", "Department", department.Id.ToString(), department.Name);
        return department.Id;
    }
}
