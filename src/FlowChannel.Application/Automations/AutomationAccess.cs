using FlowChannel.Application.Common;

namespace FlowChannel.Application.Automations;

/// <summary>
/// Automations write records with no one's permissions, so only admins and form designers configure them and read their
/// run log; checked in every use case, because pages send the requests without an endpoint in between.
/// </summary>
internal static class AutomationAccess
{
    public static void Check(Actor actor)
    {
        if (!actor.DesignsForms)
        {
            throw new ForbiddenException("Only administrators and form designers manage automations.");
        }
    }
}
