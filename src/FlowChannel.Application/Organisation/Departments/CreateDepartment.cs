using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Organisation.Departments;

/// <summary>Adds a department at the root or under an active parent, last among its siblings.</summary>
public sealed record CreateDepartment(Actor Actor, string? Name, string? NameEn, Guid? ParentId) : ICommand<Guid>;

public sealed class CreateDepartmentHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<CreateDepartment, Guid>
{
    public async ValueTask<Guid> Handle(CreateDepartment command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var errors = new List<FieldError>();
        DepartmentRules.CheckNames(command.Name, command.NameEn, errors);
        if (command.ParentId is { } parentId && !(org.DepartmentsById.GetValueOrDefault(parentId)?.IsActive ?? false))
        {
            errors.Add(new FieldError("parentId", "unknownDepartment", $"No active department has the id '{parentId}'."));
        }
        if (errors.Count == 0)
        {
            DepartmentRules.CheckUniqueAmongSiblings(org, command.ParentId, command.Name!, null, errors);
        }
        InvalidInputException.ThrowIfAny("The department is invalid.", errors);

        var department = new Department
        {
            Name = command.Name!.Trim(),
            NameEn = string.IsNullOrWhiteSpace(command.NameEn) ? null : command.NameEn.Trim(),
            ParentId = command.ParentId,
            SortOrder = org.Departments.Where(d => d.ParentId == command.ParentId).Select(d => d.SortOrder).DefaultIfEmpty(0).Max() + 1,
        };
        db.Departments.Add(department);
        audit.Write(command.Actor, "department.created", "Department", department.Id.ToString(), $"{department.Name} under {command.ParentId}");
        return department.Id;
    }
}
