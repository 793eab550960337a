using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Outbox;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Application.Identity.PasswordReset;

/// <summary>
/// "Forgot password": mails a reset link to the account named by <see cref="Login"/> (user name or email), if there is
/// one with an address. The caller learns nothing either way, so the form cannot be used to find out who has an account.
/// </summary>
/// <param name="Login">What the person typed: a user name or an email address.</param>
/// <param name="ResetPageUrl">Absolute URL of the page that sets the new password; the link adds the user id and token.</param>
/// <param name="Culture">The requesting browser's language, used when the account has no preference.</param>
/// <param name="TokenLifetime">How long the link works, as the mail tells the reader.</param>
public sealed record RequestPasswordReset(string? Login, string ResetPageUrl, string Culture, TimeSpan TokenLifetime) : ICommand;

public sealed class RequestPasswordResetHandler(
    UserManager<FlowChannelUser> users, FlowChannelDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<RequestPasswordReset>
{
    public async ValueTask<Unit> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        var login = command.Login?.Trim();
        var user = string.IsNullOrEmpty(login) || login.Length > 256 ? null
            : await users.FindByNameAsync(login) ?? await FindByUniqueEmailAsync(login);
        if (user?.Email is not { Length: > 0 } email)
        {
            // Written in both cases, so that the two answers also cost the same database work.
            audit.Write(null, "password-reset.unknown-account", "User", null);
            return Unit.Value;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = $"{command.ResetPageUrl}?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        var mail = PasswordResetEmail.Compose(user.Culture ?? command.Culture, user.DisplayName, user.UserName ?? "", link, command.TokenLifetime);
        var now = clock.GetUtcNow().UtcDateTime;
        OutboxWriter.Enqueue(db, OutboxKinds.Email, new JsonObject
        {
            ["to"] = new JsonArray(email),
            ["subject"] = mail.Subject,
            ["body"] = mail.HtmlBody,
        }, $"password-reset:{user.Id}:{Guid.NewGuid():N}", instanceId: null, bookmarkId: null, now);
        audit.Write(new Actor(user.Id, user.UserName ?? user.Id, new HashSet<string>()), "password-reset.requested", "User", user.Id);
        return Unit.Value;
    }

    // Emails need not be unique here (RequireUniqueEmail is off): an address shared by two accounts resets neither,
    // rather than guessing which one was meant. The user name still works for them.
    private async Task<FlowChannelUser?> FindByUniqueEmailAsync(string email)
    {
        try
        {
            return await users.FindByEmailAsync(email);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
