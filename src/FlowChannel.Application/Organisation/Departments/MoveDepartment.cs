using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Departments;

/// <summary>
/// Moves a department (with everything under it) below another one, or to the root when <see cref="ParentId"/> is
/// null. A department cannot move below itself or one of its own sub-departments: that would cut the branch off the tree.
/// </summary>
public sealed record MoveDepartment(Actor Actor, Guid DepartmentId, Guid? ParentId) : ICommand<Guid>;

public sealed class MoveDepartmentHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<MoveDepartment, Guid>
{
    public async ValueTask<Guid> Handle(MoveDepartment command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var moving = DepartmentRules.Find(org, command.DepartmentId);
        var errors = new List<FieldError>();
        if (command.ParentId is { } parentId)
        {
            if (!org.DepartmentsById.TryGetValue(parentId, out var parent) || !parent.IsActive)
            {
                errors.Add(new FieldError("parentId", "unknownDepartment", $"No active department has the id '{parentId}'."));
            }
            else if (IsSelfOrBelow(org, parentId, moving.Id))
            {
                errors.Add(new FieldError("parentId", "cycle",
                    $"'{org.PathOf(parent)}' is '{org.PathOf(moving)}' itself or lies below it; a department cannot move under its own branch."));
            }
        }
        if (errors.Count == 0)
        {
            DepartmentRules.CheckUniqueAmongSiblings(org, command.ParentId, moving.Name, moving.Id, errors, "parentId");
        }
        InvalidInputException.ThrowIfAny("The department cannot move there.", errors);

        var department = await db.Departments.FirstAsync(d => d.Id == command.DepartmentId, cancellationToken);
        var from = department.ParentId;
        department.ParentId = command.ParentId;
        audit.Write(command.Actor, "department.moved", "Department", department.Id.ToString(), $"{from} -> {command.ParentId}");
        return department.Id;
    }

    /// <summary>Walks up from the candidate parent; meeting the moving department on the way means a cycle.</summary>
    private static bool IsSelfOrBelow(OrganisationSnapshot org, Guid candidate, Guid moving)
    {
        var seen = new HashSet<Guid>();
        for (Guid? id = candidate; id is { } current && seen.Add(current); id = org.DepartmentsById.GetValueOrDefault(current)?.ParentId)
        {
            if (current == moving)
            {
                return true;
            }
        }
        return false;
    }
}
