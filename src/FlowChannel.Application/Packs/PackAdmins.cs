using FlowChannel.Application.Common;

namespace FlowChannel.Application.Packs;

/// <summary>
/// Installing and exporting packs is for administrators. The endpoints require the role already; the check is repeated
/// because pages send the same requests. A null actor is the platform itself (first start, the server's own CLI).
/// </summary>
internal static class PackAdmins
{
    public static void Check(Actor? actor)
    {
        if (actor is { IsAdmin: false })
        {
            throw new ForbiddenException("Only administrators install and export template packs.");
        }
    }
}
