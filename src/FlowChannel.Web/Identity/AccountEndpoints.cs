using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using FlowChannel.Web.Identity.PasswordReset;
using FlowChannel.Web.Identity.TwoFactor;

namespace FlowChannel.Web.Identity;

/// <summary>
/// Browser sign-in and sign-out as plain form posts: a cookie can only be set on a real HTTP response,
/// never from inside an interactive Blazor circuit.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", LoginAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapTwoFactorSignIn();
        app.MapPasswordResetRequest();
        app.MapPost("/account/logout", async (SignInManager<FlowChannelUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).RequireAuthorization().ExcludeFromDescription();
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            var chosen = culture is "zh-CN" ? "zh-CN" : "en";
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl,
        SignInManager<FlowChannelUser> signIn, IMediator mediator, HttpContext context)
    {
        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: true, lockoutOnFailure: true);
        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (result.RequiresTwoFactor)
        {
            // The password was right; Identity keeps who it was in a short-lived cookie of its own until the code comes.
            return Results.LocalRedirect($"{TwoFactorSignIn.PagePath}?returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
        }
        await mediator.Send(new RecordSignIn(user?.Id, "login", result.Succeeded, result.IsLockedOut, context.Connection.RemoteIpAddress?.ToString()));
        if (!result.Succeeded)
        {
            var reason = result.IsLockedOut ? "locked" : "invalid";
            return Results.LocalRedirect($"/login?error={reason}&returnUrl={Uri.EscapeDataString(SafeReturnUrl(returnUrl))}");
        }
        return Results.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    /// <summary>Only local paths, so the sign-in form cannot be used to bounce users to another site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
