using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Persistence.Audit;

/// <summary>
/// The hash of an audit entry: SHA-256 over a canonical text of its fields and the previous entry's hash.
/// </summary>
/// <remarks>
/// The text is version-tagged and every field is length-prefixed (<c>5:login;</c>, <c>~;</c> for null), so no two
/// different entries share a text however their values are chosen. The time is taken to whole microseconds, the
/// finest PostgreSQL keeps: the hash must come out the same after a round trip through any of the three databases.
/// The database id is left out; it is given by the database at insert, after the hash is made.
/// </remarks>
public static class AuditHash
{
    /// <summary>Characters of a hash: 32 bytes in hex.</summary>
    public const int Length = 64;

    /// <summary>What the first entry links to.</summary>
    public static readonly string Genesis = new('0', Length);

    private const string FormatVersion = "flowchannel-audit-v1";

    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = Canonical(entry);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(256);
        Append(text, FormatVersion);
        Append(text, entry.Sequence?.ToString(CultureInfo.InvariantCulture));
        Append(text, ToMicroseconds(entry.At).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Append(text, entry.UserId);
        Append(text, entry.Action);
        Append(text, entry.ObjectType);
        Append(text, entry.ObjectId);
        Append(text, entry.Detail);
        Append(text, entry.PreviousHash);
        return text.ToString();
    }

    private static DateTime ToMicroseconds(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
    }

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~;");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
