using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Settings;

/// <summary>The email settings in force, for the admin page; the password never leaves, only whether there is one.</summary>
public sealed record GetEmailSettings(Actor Actor) : IQuery<EmailSettingsView>;

/// <summary><see cref="SavedInApp"/> is false while configuration alone applies; without a host mail goes to <see cref="PickupDirectory"/>.</summary>
public sealed record EmailSettingsView(string? Host, int Port, string Security, string? UserName, bool HasPassword, string DefaultFrom,
    string PickupDirectory, bool SavedInApp, DateTime? UpdatedAt);

public sealed class GetEmailSettingsHandler(FlowChannelDbContext db, IOptions<Outbox.EmailOptions> configured) : IQueryHandler<GetEmailSettings, EmailSettingsView>
{
    public async ValueTask<EmailSettingsView> Handle(GetEmailSettings query, CancellationToken cancellationToken)
    {
        EmailSettingsAccess.Check(query.Actor);
        var row = await db.AppSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == EmailSettingsSource.Key, cancellationToken);
        var config = configured.Value;
        if (row is null)
        {
            return new EmailSettingsView(config.Host, config.Port, config.Security, config.UserName, !string.IsNullOrEmpty(config.Password),
                config.DefaultFrom, config.PickupDirectory, false, null);
        }
        var saved = EmailSettingsSource.Read(row.ValueJson);
        return new EmailSettingsView(saved.Host, saved.Port, saved.Security, saved.UserName, saved.ProtectedPassword is not null,
            saved.DefaultFrom, config.PickupDirectory, true, row.UpdatedAt);
    }
}

internal static class EmailSettingsAccess
{
    public static void Check(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenException("Only administrators manage the email settings.");
        }
    }
}
