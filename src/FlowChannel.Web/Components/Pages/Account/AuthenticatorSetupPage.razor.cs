using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Identity.TwoFactor;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Web.Components.Pages.Account;

/// <summary>
/// Turns the authenticator (TOTP, RFC 6238) second factor on: shows the key, the person's app proves it has it with one
/// code, and the recovery codes are shown this once. Static rendering on purpose: each step renews the security stamp,
/// and so the sign-in cookie, which only a real HTTP response can carry.
/// </summary>
public sealed partial class AuthenticatorSetupPage
{
    public const string PagePath = "/account/security/authenticator";
    public const int RecoveryCodeCount = 10;

    private AuthenticatorSetup? _setup;
    private IReadOnlyList<string>? _recoveryCodes;
    private string? _error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private SignInManager<FlowChannelUser> SignIn { get; set; } = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "authenticator-confirm")] private ConfirmInput? Confirm { get; set; }

    private UserManager<FlowChannelUser> Users => SignIn.UserManager;

    protected override async Task OnInitializedAsync()
    {
        if (await Users.GetUserAsync(HttpContext.User) is not { } user || await Users.GetTwoFactorEnabledAsync(user))
        {
            return;
        }
        // The key stays the same until it is confirmed (or the factor is turned off again), so a reload shows the key the
        // app already has.
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            await SignIn.RefreshSignInAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        _setup = AuthenticatorSetup.For(user.UserName ?? user.Id, key);
    }

    private async Task ConfirmAsync()
    {
        if (_setup is null || await Users.GetUserAsync(HttpContext.User) is not { } user)
        {
            return;
        }
        var code = AuthenticatorCode.Digits(AuthenticatorCode.Normalize(Confirm?.Code));
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _error = "account.CodeInvalid";
            return;
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        _recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await SignIn.RefreshSignInAsync(user);
        await Mediator.Send(new RecordAccountChange(user.Id, user.UserName ?? user.Id, "two-factor.enabled"));
        _setup = null;
    }

    private sealed class ConfirmInput
    {
        public string? Code { get; set; }
    }
}
