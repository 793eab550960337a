using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Departments;

/// <summary>
/// Names the department's head (approvals addressed to "the department head" go to them), or clears it with null.
/// The head must be an enabled user; they need not be a member of the department (a director may head several).
/// </summary>
public sealed record SetDepartmentHead(Actor Actor, Guid DepartmentId, string? UserId) : ICommand<Guid>;

public sealed class SetDepartmentHeadHandler(FlowChannelDbContext db, AuditTrail audit) : ICommandHandler<SetDepartmentHead, Guid>
{
    public async ValueTask<Guid> Handle(SetDepartmentHead command, CancellationToken cancellationToken)
    {
        AdminOnly.Check(command.Actor);
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == command.DepartmentId, cancellationToken)
            ?? throw new NotFoundException("Department", command.DepartmentId.ToString());
        var userId = string.IsNullOrWhiteSpace(command.UserId) ? null : command.UserId.Trim();
        if (userId is not null)
        {
            var head = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisabledAt, u.PartnerId }).FirstOrDefaultAsync(cancellationToken);
            var reason = head switch
            {
                null => ("unknownUser", $"No user has the id '{userId}'."),
                { DisabledAt: not null } => ("userDisabled", "The user is disabled; a department head must be an active user."),
                { PartnerId: not null } => ("partnerUser", "A partner organisation's user cannot head one of the platform's departments."),
                _ => default,
            };
            if (reason != default)
            {
                throw new InvalidInputException("The head is invalid.", [new FieldError("userId", reason.Item1, reason.Item2)]);
            }
        }
        var before = department.HeadUserId;
        department.HeadUserId = userId;
        audit.Write(command.Actor, "department.head-set", "Department", department.Id.ToString(), $"{before} -> {userId}");
        return department.Id;
    }
}
