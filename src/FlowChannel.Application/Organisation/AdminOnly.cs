using FlowChannel.Application.Common;

namespace FlowChannel.Application.Organisation;

/// <summary>
/// The organisation use cases are for administrators only. The endpoints already require the admin role; the check
/// is repeated here because pages and the CLI send the same requests without passing through an endpoint.
/// </summary>
internal static class AdminOnly
{
    public static void Check(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenException("Only administrators manage users, roles and departments.");
        }
    }
}
