using System.Text.Json;
using FlowChannel.Application.Outbox;
using FlowChannel.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Settings;

/// <summary>The email settings an admin saved (<c>AppSettings</c> row <c>email</c>); the password is kept protected.</summary>
public sealed record StoredEmailSettings(string? Host, int Port, string Security, string? UserName, string? ProtectedPassword, string DefaultFrom);

/// <summary>
/// The email settings in force: configuration (<see cref="EmailOptions"/>), overridden as a whole by what an admin saved
/// in the app. Read for a short while from memory, as every email asks; a save on this node is seen at once, one on
/// another node within <see cref="Freshness"/>. Singleton.
/// </summary>
public sealed class EmailSettingsSource(IServiceScopeFactory scopes, IOptions<EmailOptions> configured, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Key = "email";

    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private readonly IDataProtector _protector = protection.CreateProtector("FlowChannel.Email.Password.v1");
    private (DateTimeOffset At, EmailOptions Options)? _known;

    public string Protect(string password) => _protector.Protect(password);

    public async Task<EmailOptions> CurrentAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_known is { } known && now - known.At < Freshness)
        {
            return known.Options;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var row = await db.AppSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == Key, ct);
        var options = row is null ? configured.Value : Merge(configured.Value, Read(row.ValueJson));
        _known = (now, options);
        return options;
    }

    public void Forget() => _known = null;

    public static StoredEmailSettings Read(string json) =>
        JsonSerializer.Deserialize<StoredEmailSettings>(json, JsonSerializerOptions.Web) ?? throw new InvalidOperationException("The stored email settings are empty.");

    private EmailOptions Merge(EmailOptions configuration, StoredEmailSettings saved) => new()
    {
        Host = saved.Host,
        Port = saved.Port,
        Security = saved.Security,
        UserName = saved.UserName,
        Password = saved.ProtectedPassword is { } secret ? _protector.Unprotect(secret) : null,
        DefaultFrom = saved.DefaultFrom,
        // Where files go and who may be named as sender stay with the operator's configuration.
        PickupDirectory = configuration.PickupDirectory,
        AllowedSenders = configuration.AllowedSenders,
    };
}
