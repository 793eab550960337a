using FlowChannel.Application.Common;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Application.Identity.PasswordReset;

/// <summary>
/// Sets a new password with the token from the reset mail. The password policy applies; success changes the security
/// stamp, which ends the account's other sessions and makes this token (and any other outstanding one) useless.
/// </summary>
/// <returns>Identity's error codes (e.g. <c>InvalidToken</c>, <c>PasswordTooShort</c>); empty on success.</returns>
public sealed record ResetPassword(string? UserId, string? Token, string? NewPassword) : ICommand<IReadOnlyList<string>>;

public sealed class ResetPasswordHandler(UserManager<FlowChannelUser> users, AuditTrail audit)
    : ICommandHandler<ResetPassword, IReadOnlyList<string>>
{
    public const string InvalidToken = "InvalidToken";

    public async ValueTask<IReadOnlyList<string>> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(command.UserId) || string.IsNullOrEmpty(command.Token)
            || await users.FindByIdAsync(command.UserId) is not { } user)
        {
            return [InvalidToken];
        }

        // The token is checked first: without a valid one, nobody learns anything about the password policy's verdict.
        if (!await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<FlowChannelUser>.ResetPasswordTokenPurpose, command.Token))
        {
            audit.Write(null, "password-reset.refused", "User", user.Id);
            return [InvalidToken];
        }

        var result = await users.ResetPasswordAsync(user, command.Token, command.NewPassword ?? "");
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Code)];
        }

        audit.Write(new Actor(user.Id, user.UserName ?? user.Id, new HashSet<string>()), "password-reset.completed", "User", user.Id);
        return [];
    }
}
