using FlowChannel.Application.Common;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Webhooks send a form's records out of the platform, so only admins and form designers configure them; the REST
/// endpoints are for admins alone, and the check is repeated here for pages, which send the requests directly.
/// </summary>
internal static class WebhookAccess
{
    public static void Check(Actor actor)
    {
        if (!actor.DesignsForms)
        {
            throw new ForbiddenException("Only administrators and form designers manage webhooks.");
        }
    }
}
