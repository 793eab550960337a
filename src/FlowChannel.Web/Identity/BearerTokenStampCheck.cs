using System.Security.Claims;
using FlowChannel.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Identity;

/// <summary>
/// Bearer tokens from <c>/api/auth/token</c> live 8 hours and ASP.NET Core checks nothing but their signature and age.
/// This holds them to the account's security stamp, as the cookie's validator does for browsers: after a password
/// reset or change, or turning the second factor on or off, the account's earlier tokens stop working. The current
/// stamp is cached per user for <see cref="AccountOptions.SessionCheckInterval"/>, so a busy script costs one lookup a minute.
/// </summary>
public static class BearerTokenStampCheck
{
    public static IApplicationBuilder UseBearerTokenStampCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && IsIdentityBearerToken(context.Request)
            && !await StampIsCurrentAsync(context, context.User))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new
            {
                title = "Sign-in expired.",
                status = 401,
                detail = "The account's password or sign-in settings changed since this token was issued; ask for a new one.",
            });
            return;
        }

        await next();
    });

    private static bool IsIdentityBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && !PersonalAccessTokenHandler.Carries(request);

    private static async Task<bool> StampIsCurrentAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var services = context.RequestServices;
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(identity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.SecurityStampClaimType);
        if (userId is null)
        {
            return false;
        }

        var interval = services.GetRequiredService<IOptions<AccountOptions>>().Value.SessionCheckInterval;
        var cache = services.GetRequiredService<IMemoryCache>();
        var key = "bearer-stamp:" + userId;
        if (interval <= TimeSpan.Zero || !cache.TryGetValue(key, out string? current))
        {
            var users = services.GetRequiredService<UserManager<FlowChannelUser>>();
            var user = await users.FindByIdAsync(userId);
            // A deleted or locked-out account keeps no session, as with the cookie.
            current = user is null || await users.IsLockedOutAsync(user) ? null : await users.GetSecurityStampAsync(user);
            if (interval > TimeSpan.Zero)
            {
                cache.Set(key, current, interval);
            }
        }
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }
}
