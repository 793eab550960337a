using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Keeps webhook signing secrets protected at rest with ASP.NET Data Protection (whose keys live in the database, so
/// every node reads them); only the deliverer unprotects one, to sign.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("FlowChannel.Webhooks.Secret.v1");

    /// <summary>A new random secret: 32 bytes, as text a receiver can paste into its configuration.</summary>
    public static string Generate() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
