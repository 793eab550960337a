using System.Security.Claims;
using FlowChannel.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Identity;

/// <summary>Adds the display name to the sign-in principal so pages and handlers need no user lookup.</summary>
public sealed class FlowChannelClaimsFactory(
    UserManager<FlowChannelUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<FlowChannelUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FlowChannelUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName));
        return identity;
    }
}
