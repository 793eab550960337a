using System.Security.Cryptography;
using System.Text;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Identity;

/// <summary>A token as its owner sees it in a list: never the token itself.</summary>
public sealed record PersonalAccessTokenView(Guid Id, string Name, string Prefix, string Scope, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt)
{
    public static PersonalAccessTokenView From(PersonalAccessToken t) => new(t.Id, t.Name, t.Prefix, t.Scope, t.CreatedAt, t.ExpiresAt, t.RevokedAt);
}

/// <summary>A new token: <see cref="Token"/> is shown this once and cannot be read again.</summary>
public sealed record CreatedPersonalAccessToken(PersonalAccessTokenView Details, string Token);

/// <summary>Who a valid token signs in, and what it may do.</summary>
public sealed record TokenOwner(string UserId, string Scope);

public static class PersonalAccessTokenFormat
{
    /// <summary>Every token starts so, which tells the API which sign-in it is and lets secret scanners find leaks.</summary>
    public const string Marker = "fcp_";

    public const int MaxLifetimeDays = 365;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>256 random bits: enough that a hash without salt is safe to store.</summary>
    public static string NewToken() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed record CreatePersonalAccessToken(Actor Actor, string? Name, string? Scope, int? ExpiresInDays) : ICommand<CreatedPersonalAccessToken>;

public sealed class CreatePersonalAccessTokenHandler(FlowChannelDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<CreatePersonalAccessToken, CreatedPersonalAccessToken>
{
    public ValueTask<CreatedPersonalAccessToken> Handle(CreatePersonalAccessToken command, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var name = command.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors.Add(new FieldError("name", "required", "Give the token a name of 1 to 100 characters, saying what uses it."));
        }

        var scope = command.Scope?.Trim().ToLowerInvariant() ?? TokenScopes.Read;
        if (scope is not (TokenScopes.Read or TokenScopes.Write))
        {
            errors.Add(new FieldError("scope", "invalid", $"'{command.Scope}' is not a scope; use {TokenScopes.Read} or {TokenScopes.Write}."));
        }

        var days = command.ExpiresInDays ?? 90;
        if (days is < 1 or > PersonalAccessTokenFormat.MaxLifetimeDays)
        {
            errors.Add(new FieldError("expiresInDays", "range", $"A token lives 1 to {PersonalAccessTokenFormat.MaxLifetimeDays} days."));
        }

        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }

        var token = PersonalAccessTokenFormat.NewToken();
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = new PersonalAccessToken
        {
            UserId = command.Actor.UserId,
            Name = name!,
            TokenHash = PersonalAccessTokenFormat.Hash(token),
            Prefix = token[..(PersonalAccessTokenFormat.Marker.Length + 6)],
            Scope = scope,
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.PersonalAccessTokens.Add(stored);
        audit.Write(command.Actor, "token.create", "PersonalAccessToken", stored.Id.ToString(), $"{stored.Name} ({scope})");
        return ValueTask.FromResult(new CreatedPersonalAccessToken(PersonalAccessTokenView.From(stored), token));
    }
}

public sealed record ListPersonalAccessTokens(Actor Actor) : IQuery<IReadOnlyList<PersonalAccessTokenView>>;

public sealed class ListPersonalAccessTokensHandler(FlowChannelDbContext db) : IQueryHandler<ListPersonalAccessTokens, IReadOnlyList<PersonalAccessTokenView>>
{
    public async ValueTask<IReadOnlyList<PersonalAccessTokenView>> Handle(ListPersonalAccessTokens query, CancellationToken cancellationToken) =>
        (await db.PersonalAccessTokens.AsNoTracking().Where(t => t.UserId == query.Actor.UserId).OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken)).Select(PersonalAccessTokenView.From).ToList();
}

/// <summary>Revokes one of the caller's tokens (an administrator may revoke anyone's); revoking twice changes nothing.</summary>
public sealed record RevokePersonalAccessToken(Actor Actor, Guid TokenId) : ICommand<PersonalAccessTokenView>;

public sealed class RevokePersonalAccessTokenHandler(FlowChannelDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<RevokePersonalAccessToken, PersonalAccessTokenView>
{
    public async ValueTask<PersonalAccessTokenView> Handle(RevokePersonalAccessToken command, CancellationToken cancellationToken)
    {
        var token = await db.PersonalAccessTokens.FirstOrDefaultAsync(t => t.Id == command.TokenId, cancellationToken);
        if (token is null || !(token.UserId == command.Actor.UserId || command.Actor.IsAdmin))
        {
            throw new NotFoundException("Token", command.TokenId.ToString());
        }

        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow().UtcDateTime;
            audit.Write(command.Actor, "token.revoke", "PersonalAccessToken", token.Id.ToString(), token.Name);
        }

        return PersonalAccessTokenView.From(token);
    }
}

/// <summary>The owner of a token that exists, is neither expired nor revoked, and whose user is not locked out.</summary>
public sealed record FindTokenOwner(string Token) : IQuery<TokenOwner?>;

public sealed class FindTokenOwnerHandler(FlowChannelDbContext db, TimeProvider clock) : IQueryHandler<FindTokenOwner, TokenOwner?>
{
    public async ValueTask<TokenOwner?> Handle(FindTokenOwner query, CancellationToken cancellationToken)
    {
        var hash = PersonalAccessTokenFormat.Hash(query.Token);
        var now = clock.GetUtcNow();
        var token = await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now.UtcDateTime)
            .Select(t => new { t.UserId, t.Scope })
            .FirstOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            return null;
        }

        var lockout = await db.Users.AsNoTracking().Where(u => u.Id == token.UserId).Select(u => new { u.LockoutEnd }).FirstOrDefaultAsync(cancellationToken);
        // Lockout is compared here: SQLite cannot compare DateTimeOffset columns in SQL.
        return lockout is null || lockout.LockoutEnd > now ? null : new TokenOwner(token.UserId, token.Scope);
    }
}
