using FlowChannel.Application.Identity;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Web.Components.Pages.Account;

/// <summary>
/// Current password and a new one. The new security stamp signs the account's other browsers out; this one gets a
/// fresh cookie so the person stays signed in here.
/// </summary>
public sealed partial class ChangePasswordSection
{
    private IReadOnlyList<string> _errors = [];
    private bool _changed;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private SignInManager<FlowChannelUser> SignIn { get; set; } = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "change-password")] private PasswordInput? Input { get; set; }

    private async Task ChangeAsync()
    {
        if (!string.Equals(Input?.NewPassword, Input?.ConfirmPassword, StringComparison.Ordinal))
        {
            _errors = [ResetPassword.PasswordsDiffer];
            return;
        }
        var users = SignIn.UserManager;
        if (await users.GetUserAsync(HttpContext.User) is not { } user)
        {
            return;
        }

        var result = await users.ChangePasswordAsync(user, Input?.CurrentPassword ?? "", Input?.NewPassword ?? "");
        if (!result.Succeeded)
        {
            // A wrong current password counts like a failed sign-in: an unattended session is no way to guess it.
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                await users.AccessFailedAsync(user);
            }
            _errors = [.. result.Errors.Select(e => e.Code)];
            return;
        }

        await SignIn.RefreshSignInAsync(user);
        await Mediator.Send(new RecordAccountChange(user.Id, user.UserName ?? user.Id, "password.changed"));
        _errors = [];
        _changed = true;
    }

    private sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
