using FlowChannel.Application.Common;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>Who may change workflow definitions: the people who design forms (designers and admins).</summary>
internal static class WorkflowDefinitionAccess
{
    public static void EnsureDesigner(Actor actor)
    {
        if (!actor.DesignsForms)
        {
            throw new ForbiddenException("Only designers and administrators may import, publish or export workflow definitions.");
        }
    }
}
