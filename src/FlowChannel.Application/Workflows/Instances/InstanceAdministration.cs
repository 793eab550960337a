using FlowChannel.Application.Common;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>Who may look into and change workflow instances as a whole, beyond the ones they take part in.</summary>
internal static class InstanceAdministration
{
    /// <summary>Channel managers and admins browse every instance with its internals.</summary>
    public static void EnsureStaff(Actor actor)
    {
        if (!actor.SeesAllPartners)
        {
            throw new ForbiddenException("Only channel managers and administrators may list workflow instances.");
        }
    }

    /// <summary>Moving instances between versions changes how they go on: administrators only.</summary>
    public static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenException("Only an administrator may migrate workflow instances.");
        }
    }
}
