using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Identity.TwoFactor;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Web.Components.Pages.Account;

/// <summary>
/// Turns the authenticator (TOTP, RFC 6238) second factor on, after the person proved their app works with one code,
/// and off, after a current code or the password. Every change renews the security stamp, so the cookie is renewed too.
/// </summary>
public sealed partial class AuthenticatorSection
{
    public const int RecoveryCodeCount = 10;

    private enum Stage { Overview, Setup, RecoveryCodes }

    private Stage _stage;
    private bool _enabled;
    private bool _disabledNow;
    private int _recoveryCodesLeft;
    private AuthenticatorSetup? _setup;
    private IReadOnlyList<string> _recoveryCodes = [];
    private IReadOnlyList<string> _errors = [];

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private SignInManager<FlowChannelUser> SignIn { get; set; } = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "authenticator-confirm")] private ConfirmInput? Confirm { get; set; }

    [SupplyParameterFromForm(FormName = "authenticator-disable")] private DisableInput? Disable { get; set; }

    private UserManager<FlowChannelUser> Users => SignIn.UserManager;

    protected override async Task OnInitializedAsync()
    {
        if (await CurrentUserAsync() is { } user)
        {
            await LoadStateAsync(user);
        }
    }

    private async Task StartAsync()
    {
        if (await CurrentUserAsync() is not { } user || _enabled)
        {
            return;
        }
        // A new key each time: a key shown earlier (perhaps on someone else's screen) is never turned on later.
        await Users.ResetAuthenticatorKeyAsync(user);
        await SignIn.RefreshSignInAsync(user);
        await ShowSetupAsync(user);
    }

    private async Task ConfirmAsync()
    {
        if (await CurrentUserAsync() is not { } user || _enabled || string.IsNullOrEmpty(await Users.GetAuthenticatorKeyAsync(user)))
        {
            return;
        }
        var code = AuthenticatorCode.Digits(AuthenticatorCode.Normalize(Confirm?.Code));
        if (!await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _errors = ["account.CodeInvalid"];
            await ShowSetupAsync(user);
            return;
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        _recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await SignIn.RefreshSignInAsync(user);
        await Mediator.Send(new RecordAccountChange(user.Id, user.UserName ?? user.Id, "two-factor.enabled"));
        _enabled = true;
        _stage = Stage.RecoveryCodes;
    }

    private async Task DisableAsync()
    {
        if (await CurrentUserAsync() is not { } user || !_enabled)
        {
            return;
        }
        var entered = AuthenticatorCode.Normalize(Disable?.CodeOrPassword);
        var proven = AuthenticatorCode.LooksLikeTotp(entered)
            ? await Users.VerifyTwoFactorTokenAsync(user, Users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Digits(entered))
            : await Users.CheckPasswordAsync(user, Disable?.CodeOrPassword ?? "");
        if (!proven)
        {
            await Users.AccessFailedAsync(user);
            _errors = [await Users.IsLockedOutAsync(user) ? "account.Locked" : "account.CodeInvalid"];
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

    private async Task ShowSetupAsync(FlowChannelUser user)
    {
        var key = await Users.GetAuthenticatorKeyAsync(user) ?? "";
        _setup = AuthenticatorSetup.For(user.UserName ?? user.Id, key);
        _stage = Stage.Setup;
    }

    private async Task LoadStateAsync(FlowChannelUser user)
    {
        _enabled = await Users.GetTwoFactorEnabledAsync(user);
        _recoveryCodesLeft = _enabled ? await Users.CountRecoveryCodesAsync(user) : 0;
        _stage = Stage.Overview;
    }

    private Task<FlowChannelUser?> CurrentUserAsync() => Users.GetUserAsync(HttpContext.User);

    private sealed class ConfirmInput
    {
        public string? Code { get; set; }
    }

    private sealed class DisableInput
    {
        public string? CodeOrPassword { get; set; }
    }
}
