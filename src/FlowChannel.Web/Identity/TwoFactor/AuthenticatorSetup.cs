using System.Text;
using QRCoder;

namespace FlowChannel.Web.Identity.TwoFactor;

/// <summary>
/// What an authenticator app needs to be set up: the shared key (Base32, shown in groups of four to type in) and the
/// <c>otpauth://</c> URI of the Key URI Format that apps read from a QR code. Six digits, 30 seconds, SHA-1: what
/// Identity's authenticator provider checks and every app assumes when the URI does not say otherwise.
/// </summary>
public sealed record AuthenticatorSetup(string Key, string DisplayKey, string Uri, string? QrCode)
{
    public const string Issuer = "FlowChannel";

    public static AuthenticatorSetup For(string userName, string key)
    {
        var uri = $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}"
            + $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
        return new AuthenticatorSetup(key, Group(key), uri, QrCodeDataUri(uri));
    }

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    // A PNG as a data: URI: the content security policy allows data: images, and no script is needed to draw it.
    private static string QrCodeDataUri(string uri)
    {
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
