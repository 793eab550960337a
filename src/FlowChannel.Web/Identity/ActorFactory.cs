using System.Security.Claims;
using FlowChannel.Application.Common;

namespace FlowChannel.Web.Identity;

/// <summary>Turns the signed-in principal into the <see cref="Actor"/> every request carries.</summary>
public static class ActorFactory
{
    public static Actor From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The caller is not signed in.");
        var name = user.FindFirstValue(FlowChannelClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Actor(id, name, roles);
    }
}
