using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FlowChannel.Web.Identity.TwoFactor;

/// <summary>
/// The second step of a browser sign-in for an account with an authenticator: the 6-digit code, or one of the
/// recovery codes. Wrong codes count as failed sign-ins, so guessing codes ends in the same lockout as guessing passwords.
/// </summary>
public static class TwoFactorSignIn
{
    public const string PagePath = "/login/two-factor";

    public static IEndpointRouteBuilder MapTwoFactorSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login/two-factor", SignInAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? code, [FromForm] string? returnUrl, SignInManager<FlowChannelUser> signIn, IMediator mediator, HttpContext context)
    {
        var back = AccountEndpoints.SafeReturnUrl(returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            // The first step's cookie is gone (it lasts five minutes) or never was: start again.
            return Results.LocalRedirect($"/login?error=expired&returnUrl={Uri.EscapeDataString(back)}");
        }

        var entered = AuthenticatorCode.Normalize(code);
        var recovery = !AuthenticatorCode.LooksLikeTotp(entered);
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(entered.ToUpperInvariant())
            : await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorCode.Digits(entered), isPersistent: true, rememberClient: false);
        await mediator.Send(new RecordSignIn(user.Id, recovery ? "login.recovery-code" : "login.authenticator", result.Succeeded, result.IsLockedOut,
            context.Connection.RemoteIpAddress?.ToString()));
        if (result.Succeeded)
        {
            return Results.LocalRedirect(back);
        }
        return result.IsLockedOut
            ? Results.LocalRedirect($"/login?error=locked&returnUrl={Uri.EscapeDataString(back)}")
            : Results.LocalRedirect($"{PagePath}?error=invalid&returnUrl={Uri.EscapeDataString(back)}");
    }
}
