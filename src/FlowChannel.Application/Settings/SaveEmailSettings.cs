using System.Text.Json;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace FlowChannel.Application.Settings;

/// <summary>
/// What an admin writes for email. <see cref="Password"/> null keeps the saved one; <see cref="ClearPassword"/> removes
/// it. An empty <see cref="Host"/> sends mail to the pickup folder again.
/// </summary>
public sealed record EmailSettingsInput(string? Host, int Port, string? Security, string? UserName, string? Password, bool ClearPassword, string? DefaultFrom);

/// <summary>Saves the email settings over configuration, the password protected; audited without the password.</summary>
public sealed record SaveEmailSettings(Actor Actor, EmailSettingsInput Input) : ICommand<EmailSettingsView>;

public sealed class SaveEmailSettingsHandler(FlowChannelDbContext db, EmailSettingsSource source, AuditTrail audit, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Outbox.EmailOptions> configured) : ICommandHandler<SaveEmailSettings, EmailSettingsView>
{
    public static readonly IReadOnlyList<string> SecurityModes = ["StartTls", "SslOnConnect", "Auto", "None"];

    public async ValueTask<EmailSettingsView> Handle(SaveEmailSettings command, CancellationToken cancellationToken)
    {
        EmailSettingsAccess.Check(command.Actor);
        var input = command.Input;
        Check(input);
        var row = await db.AppSettings.FirstOrDefaultAsync(s => s.Key == EmailSettingsSource.Key, cancellationToken);
        var previous = row is null ? null : EmailSettingsSource.Read(row.ValueJson).ProtectedPassword;
        var password = input.ClearPassword ? null : input.Password is { Length: > 0 } given ? source.Protect(given) : previous;
        var host = string.IsNullOrWhiteSpace(input.Host) ? null : input.Host.Trim();
        var saved = new StoredEmailSettings(host, input.Port, SecurityModes.First(m => string.Equals(m, input.Security, StringComparison.OrdinalIgnoreCase)),
            string.IsNullOrWhiteSpace(input.UserName) ? null : input.UserName.Trim(), password, input.DefaultFrom!.Trim());
        var json = JsonSerializer.Serialize(saved, JsonSerializerOptions.Web);
        var now = clock.GetUtcNow().UtcDateTime;
        if (row is null)
        {
            row = new AppSetting { Key = EmailSettingsSource.Key, ValueJson = json };
            db.AppSettings.Add(row);
        }
        row.ValueJson = json;
        row.UpdatedAt = now;
        row.UpdatedByUserId = command.Actor.UserId;
        audit.Write(command.Actor, "settings.email.saved", "AppSetting", EmailSettingsSource.Key,
            $"{host ?? "(pickup folder)"}:{saved.Port} {saved.Security} user={saved.UserName} password={(password is null ? "none" : password == previous ? "kept" : "changed")}");
        source.Forget();
        return new EmailSettingsView(saved.Host, saved.Port, saved.Security, saved.UserName, password is not null, saved.DefaultFrom,
            configured.Value.PickupDirectory, true, now);
    }

    private static void Check(EmailSettingsInput input)
    {
        var errors = new List<FieldError>();
        if (input.Host is { Length: > 253 } || (input.Host is { Length: > 0 } h && Uri.CheckHostName(h.Trim()) == UriHostNameType.Unknown))
        {
            errors.Add(new FieldError("host", "invalidHost", "The SMTP host is a host name or an IP address."));
        }
        if (input.Port is < 1 or > 65535)
        {
            errors.Add(new FieldError("port", "invalidPort", "The port is between 1 and 65535."));
        }
        if (!SecurityModes.Contains(input.Security ?? "", StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("security", "unknownSecurity", $"Use one of {string.Join(", ", SecurityModes)}."));
        }
        if (!MailboxAddress.TryParse(input.DefaultFrom ?? "", out var from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new FieldError("defaultFrom", "invalidAddress", "The sender is an email address, such as flowchannel@example.com."));
        }
        if (input.Password is { Length: > 500 } || input.UserName is { Length: > 200 })
        {
            errors.Add(new FieldError(input.Password is { Length: > 500 } ? "password" : "userName", "tooLong", "Too long."));
        }
        InvalidInputException.ThrowIfAny("The email settings are invalid.", errors);
    }
}
