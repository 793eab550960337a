using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Departments;

/// <summary>Sets a department's Chinese and English names. Records keep its id, so they show the new name.</summary>
public sealed record RenameDepartment(Actor Actor, Guid DepartmentId, string? Name, string? NameEn) : ICommand<Guid>;

public sealed class RenameDepartmentHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<RenameDepartment, Guid>
{
    public async ValueTask<Guid> Handle(RenameDepartment command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var current = DepartmentRules.Find(org, command.DepartmentId);
        var errors = new List<FieldError>();
        DepartmentRules.CheckNames(command.Name, command.NameEn, errors);
        if (errors.Count == 0)
        {
            DepartmentRules.CheckUniqueAmongSiblings(org, current.ParentId, command.Name!, current.Id, errors);
        }
        InvalidInputException.ThrowIfAny("The department is invalid.", errors);

        var department = await db.Departments.FirstAsync(d => d.Id == command.DepartmentId, cancellationToken);
        var before = $"{department.Name} / {department.NameEn}";
        department.Name = command.Name!.Trim();
        department.NameEn = string.IsNullOrWhiteSpace(command.NameEn) ? null : command.NameEn.Trim();
        audit.Write(command.Actor, "department.renamed", "Department", department.Id.ToString(), $"{before} -> {department.Name} / {department.NameEn}");
        return department.Id;
    }
}
