using FlowChannel.Application.Common;

namespace FlowChannel.Application.Forms;

/// <summary>Who may change forms themselves (drafts and published versions), as opposed to their records.</summary>
public static class FormDesignRights
{
    /// <summary>Editing drafts and publishing versions changes what everyone fills in, so it is for designers and admins.</summary>
    public static void DemandDesigner(Actor actor)
    {
        if (!actor.DesignsForms)
        {
            throw new ForbiddenException("Only form designers and admins may edit and publish forms.");
        }
    }
}
