using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Identity.TwoFactor;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Web.Components.Pages.Account;

/// <summary>
/// Whether the authenticator second factor is on, and turning it off, after a current code or the password. Turning
/// it on happens on <see cref="AuthenticatorSetupPage"/>.
/// </summary>
public sealed partial class AuthenticatorSection
{
    private bool _enabled;
    private bool _disabledNow;
    private int _recoveryCodesLeft;
    private string? _error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private SignInManager<FlowChannelUser> SignIn { get; set; } = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "authenticator-disable")] private DisableInput? Disable { get; set; }

    private UserManager<FlowChannelUser> Users => SignIn.UserManager;

    protected override async Task OnInitializedAsync()
    {
        if (await Users.GetUserAsync(HttpContext.User) is { } user)
        {
            await LoadStateAsync(user);
        }
    }

    private async Task DisableAsync()
    {
        if (await Users.GetUserAsync(HttpContext.User) is not { } user || !_enabled)
        {
            return;
        }
        var entered = AuthenticatorCode.Normalize(Disable?.CodeOrPassword);
        var proven = AuthenticatorCode.LooksLikeTotp(entered)
            ? await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Digits(entered))
            : await Users.CheckPasswordAsync(user, Disable?.CodeOrPassword ?? "");
        if (!proven)
        {
            // Counted like a failed sign-in: an unattended session must not be a place to guess the password.
            await Users.AccessFailedAsync(user);
            _error = await Users.IsLockedOutAsync(user) ? "account.Locked" : "account.CodeInvalid";
            return;
        }

        await Users.SetTwoFactorEnabledAsync(user, false);
        // The old key and the unused recovery codes must not come back to life if it is turned on again.
        await Users.ResetAuthenticatorKeyAsync(user);
        await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await SignIn.RefreshSignInAsync(user);
        await Mediator.Send(new RecordAccountChange(user.Id, user.UserName ?? user.Id, "two-factor.disabled"));
        _disabledNow = true;
        await LoadStateAsync(user);
    }

    private async Task LoadStateAsync(FlowChannelUser user)
    {
        _enabled = await Users.GetTwoFactorEnabledAsync(user);
        _recoveryCodesLeft = _enabled ? await Users.CountRecoveryCodesAsync(user) : 0;
    }

    private sealed class DisableInput
    {
        public string? CodeOrPassword { get; set; }
    }
}
