using FlowChannel.Application.Common;

namespace FlowChannel.Application.Audit;

/// <summary>The audit log is for administrators: it names who did what to which object.</summary>
internal static class AuditAccess
{
    public static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenException("Only an administrator may read or verify the audit log.");
        }
    }
}
