using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks.Delegation;

/// <summary>
/// Sets (or replaces) the caller's out-of-office delegate for a period. The delegate is a user id, user name or e-mail
/// of an active member of staff other than the caller. Tasks made before the change stay where they are.
/// </summary>
public sealed record SetMyDelegation(Actor Actor, string? DelegateUser, DateTime? StartsAt, DateTime? EndsAt, string? Note) : ICommand<DelegationView>;

public sealed class SetMyDelegationHandler(FlowChannelDbContext db, ApproverResolver resolver, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<SetMyDelegation, DelegationView>
{
    /// <summary>Longest period one setting covers; past that it is a change of job, not an absence.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public async ValueTask<DelegationView> Handle(SetMyDelegation command, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var key = command.DelegateUser?.Trim();
        string? target = null;
        if (string.IsNullOrEmpty(key))
        {
            errors.Add(new FieldError("delegateUser", "required", "Choose the person who approves for you."));
        }
        else
        {
            var found = await resolver.ResolveAsync([new ApproverSpec(ApproverSpec.User, key)], new ApprovalSubject(null, null), cancellationToken);
            target = found.Count > 0 ? found[0] : null;
            var refusal = target is null ? $"No active user '{key}'."
                : target == command.Actor.UserId ? "You cannot delegate to yourself; choose someone else."
                : await IsPartnerAsync(target, cancellationToken) ? "Partner users cannot approve; choose a member of staff."
                : null;
            if (refusal is not null)
            {
                errors.Add(new FieldError("delegateUser", target is null ? "unknownUser" : "notAllowed", refusal));
            }
        }
        if (command.StartsAt is null)
        {
            errors.Add(new FieldError("startsAt", "required", "Give the first day of your absence."));
        }
        if (command.EndsAt is null)
        {
            errors.Add(new FieldError("endsAt", "required", "Give the end of your absence."));
        }
        else if (command.StartsAt is { } s && command.EndsAt is { } e && (e <= s || e - s > MaxPeriod))
        {
            errors.Add(new FieldError("endsAt", "invalid", $"The end must come after the start, at most {MaxPeriod.TotalDays:0} days later."));
        }
        if (command.Note is { Length: > 400 })
        {
            errors.Add(new FieldError("note", "tooLong", "The note holds at most 400 characters."));
        }
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }

        var setting = await db.TaskDelegations.FirstOrDefaultAsync(d => d.UserId == command.Actor.UserId, cancellationToken);
        if (setting is null)
        {
            setting = new TaskDelegation { UserId = command.Actor.UserId, DelegateUserId = target! };
            db.TaskDelegations.Add(setting);
        }
        setting.DelegateUserId = target!;
        setting.StartsAt = command.StartsAt!.Value.ToUniversalTime();
        setting.EndsAt = command.EndsAt!.Value.ToUniversalTime();
        setting.Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        setting.CreatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Write(command.Actor, "delegation.set", "TaskDelegation", setting.Id.ToString(),
            $"{target} {setting.StartsAt:O}–{setting.EndsAt:O}");
        return await DelegationViews.FromAsync(db, setting, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private Task<bool> IsPartnerAsync(string userId, CancellationToken ct) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId
            && (r.Name == RoleNames.Partner || r.Name == RoleNames.PartnerAdmin)), ct);
}
