using System.Security.Cryptography;
using System.Text;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// The indexed form of a name an outside signal uses (an event name): as it is when it fits the 200-character key
/// column, else a hash of it, so a long computed name neither fails the step on SQL Server/PostgreSQL nor collides.
/// </summary>
internal static class BookmarkKeys
{
    private const int MaxLength = 200;

    public static string? For(string? name) =>
        name is null || name.Length <= MaxLength ? name : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
