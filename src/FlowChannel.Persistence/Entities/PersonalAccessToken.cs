namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A token a user made for scripts and integrations calling the REST API as them. Only its SHA-256 hash is kept:
/// the token itself is shown once, when it is made.
/// </summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The token's first characters, so its owner can tell tokens apart in a list.</summary>
    public required string Prefix { get; set; }

    /// <summary><see cref="TokenScopes.Read"/> (GET only) or <see cref="TokenScopes.Write"/>.</summary>
    public required string Scope { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

public static class TokenScopes
{
    public const string Read = "read";
    public const string Write = "write";
}
