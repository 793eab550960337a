using System.Text.Json.Nodes;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace FlowChannel.Application.Outbox;

/// <summary>
/// Sends <see cref="Persistence.Entities.OutboxKinds.Email"/> messages over SMTP (the settings in force: configuration
/// or what an admin saved), or into the pickup folder. The
/// message id comes from the idempotency key, so a repeated delivery (after a crash between sending and recording)
/// is the same message to the receiving side, and the same file in the pickup folder.
/// </summary>
public sealed class EmailDeliverer(Settings.EmailSettingsSource settingsSource) : IOutboxDeliverer
{
    public string Kind => Persistence.Entities.OutboxKinds.Email;

    public async Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct)
    {
        var settings = await settingsSource.CurrentAsync(ct);
        var message = Compose(delivery, settings);
        try
        {
            if (string.IsNullOrWhiteSpace(settings.Host))
            {
                System.IO.Directory.CreateDirectory(settings.PickupDirectory);
                var path = Path.Combine(settings.PickupDirectory, SafeKey(delivery.IdempotencyKey) + ".eml");
                await message.WriteToAsync(path, ct);
                return null;
            }

            using var client = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.StartTls;
            await client.ConnectAsync(settings.Host, settings.Port, security, ct);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return null;
        }
        catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException
            or System.Net.Sockets.SocketException or UnauthorizedAccessException)
        {
            throw new OutboxDeliveryException($"Email could not be sent: {ex.Message}", ex);
        }
    }

    /// <summary>The MIME message for an email payload: <c>{ from, to[], cc[], bcc[], subject, body }</c> (body as HTML).</summary>
    public static MimeMessage Compose(OutboxDelivery delivery, EmailOptions settings)
    {
        var payload = delivery.Payload;
        var message = new MimeMessage
        {
            MessageId = SafeKey(delivery.IdempotencyKey) + "@flowchannel",
            Subject = (string?)payload["subject"] ?? string.Empty,
            Body = new TextPart(MimeKit.Text.TextFormat.Html) { Text = (string?)payload["body"] ?? string.Empty },
        };
        var requested = (string?)payload["from"] is { Length: > 0 } from ? MailboxAddress.Parse(from) : null;
        var allowed = requested is not null && (string.Equals(requested.Address, MailboxAddress.Parse(settings.DefaultFrom).Address, StringComparison.OrdinalIgnoreCase)
            || settings.AllowedSenders.Any(a => string.Equals(a, requested.Address, StringComparison.OrdinalIgnoreCase)));
        message.From.Add(allowed ? requested! : MailboxAddress.Parse(settings.DefaultFrom));
        if (requested is not null && !allowed)
        {
            message.ReplyTo.Add(requested);
        }

        AddAll(message.To, payload["to"]);
        AddAll(message.Cc, payload["cc"]);
        AddAll(message.Bcc, payload["bcc"]);
        return message;
    }

    private static void AddAll(InternetAddressList list, JsonNode? addresses)
    {
        foreach (var address in addresses as JsonArray ?? [])
        {
            if ((string?)address is { Length: > 0 } text)
            {
                list.Add(MailboxAddress.Parse(text));
            }
        }
    }

    // The key holds the instance and activity ids; only file-name-safe characters are kept.
    private static string SafeKey(string key) =>
        new([.. key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}
