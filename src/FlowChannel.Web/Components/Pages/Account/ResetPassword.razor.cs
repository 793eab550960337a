using FlowChannel.Application.Identity.PasswordReset;
using Mediator;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Pages.Account;

/// <summary>Sets a new password with the link from the reset mail; the page handles its own form post.</summary>
public sealed partial class ResetPassword
{
    public const string PasswordsDiffer = "PasswordsDiffer";

    private IReadOnlyList<string> _errors = [];
    private bool _done;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromQuery] public string? UserId { get; set; }

    [SupplyParameterFromQuery] public string? Token { get; set; }

    [SupplyParameterFromForm(FormName = "reset-password")] private NewPasswordInput? Input { get; set; }

    private async Task ResetAsync()
    {
        if (!string.Equals(Input?.NewPassword, Input?.ConfirmPassword, StringComparison.Ordinal))
        {
            _errors = [PasswordsDiffer];
            return;
        }
        _errors = await Mediator.Send(new Application.Identity.PasswordReset.ResetPassword(UserId, Token, Input?.NewPassword));
        _done = _errors.Count == 0;
    }

    private sealed class NewPasswordInput
    {
        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
