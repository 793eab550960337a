using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Forms;

/// <summary>
/// Who may submit a form, read from the schema's <c>permissions.submit</c> role list. Without one, any
/// signed-in user may submit (a form is published to be filled in); forms that only workflows or managers
/// write, such as the partner profile, name their roles.
/// </summary>
public static class FormPermissions
{
    public static bool CanSubmit(FormSchema schema, Actor actor)
    {
        if (actor.IsAdmin)
        {
            return true;
        }
        if (!schema.Extensions.TryGetValue("permissions", out var node) || node is not JsonObject permissions
            || permissions["submit"] is not JsonArray roles)
        {
            return true;
        }
        return roles.Any(r => r is JsonValue v && v.TryGetValue<string>(out var role) && actor.IsInRole(role));
    }

    /// <summary>Editing drafts and publishing versions changes what everyone fills in, so it is for designers and admins.</summary>
    public static void DemandDesigner(Actor actor)
    {
        if (!actor.DesignsForms)
        {
            throw new ForbiddenException("Only form designers and admins may edit and publish forms.");
        }
    }
}
