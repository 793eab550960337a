using System.Security.Cryptography;
using System.Text;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// How a webhook request is signed (documented for receivers in docs/webhooks.md): HMAC-SHA256 with the webhook's
/// secret over <c>{timestamp}.{body}</c>, sent as <c>X-FlowChannel-Signature: v1={hex}</c> beside the timestamp header.
/// Signing the timestamp with the body lets a receiver refuse old requests replayed by someone who captured one.
/// </summary>
public static class WebhookSignature
{
    public const string EventHeader = "X-FlowChannel-Event";
    public const string DeliveryHeader = "X-FlowChannel-Delivery";
    public const string TimestampHeader = "X-FlowChannel-Timestamp";
    public const string SignatureHeader = "X-FlowChannel-Signature";

    public static string Sign(string secret, long timestamp, string body)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        var content = Encoding.UTF8.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + body);
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, content));
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
