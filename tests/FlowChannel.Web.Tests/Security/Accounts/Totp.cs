using System.Buffers.Binary;
using System.Security.Cryptography;

namespace FlowChannel.Web.Tests.Security.Accounts;

/// <summary>
/// The authenticator app's side of RFC 6238 (HMAC-SHA1, 30-second steps, 6 digits), written from the RFC and kept
/// apart from the product so that the tests check Identity's codes against an independent implementation.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's default (and what every authenticator app and Identity use) is HMAC-SHA1.
        var hash = HMACSHA1.HashData(Base32Decode(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Now(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    /// <summary>A 6-digit code that no nearby time step accepts (Identity allows some clock drift either way).</summary>
    public static string Wrong(string base32Key)
    {
        var now = DateTimeOffset.UtcNow;
        var near = Enumerable.Range(-4, 9).Select(i => Code(base32Key, now.AddSeconds(30 * i))).ToHashSet();
        var candidate = int.Parse(Now(base32Key), System.Globalization.CultureInfo.InvariantCulture);
        string code;
        do
        {
            candidate = (candidate + 7919) % 1_000_000;
            code = candidate.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        } while (near.Contains(code));
        return code;
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not Base32.");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
