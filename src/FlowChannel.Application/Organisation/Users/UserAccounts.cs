using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Users;

/// <summary>
/// Writes users and their roles straight into the Identity tables of the request's unit of work, so a create, an
/// edit or a whole import commits or rolls back as one transaction (UserManager would save after every call).
/// Normalising, hashing and the security stamp follow Identity's own services, so its sign-in reads the rows as usual.
/// </summary>
public sealed class UserAccounts(FlowChannelDbContext db, UserManager<FlowChannelUser> users, IPasswordHasher<FlowChannelUser> hasher)
{
    /// <summary>
    /// A disabled user's lockout end: far enough to mean "until enabled again", and representable by every provider
    /// (<see cref="DateTimeOffset.MaxValue"/> rounds past year 9999 in PostgreSQL's microsecond timestamps).
    /// </summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string AllowedUserNameCharacters => users.Options.User.AllowedUserNameCharacters;

    public string Normalize(string userName) => users.NormalizeName(userName);

    public Task<bool> UserNameTakenAsync(string userName, string? exceptUserId, CancellationToken ct)
    {
        var normalized = Normalize(userName);
        return db.Users.AnyAsync(u => u.NormalizedUserName == normalized && u.Id != exceptUserId, ct);
    }

    /// <summary>The password rules' complaints (length, classes, unique characters), empty when it passes.</summary>
    public async Task<IReadOnlyList<string>> CheckPasswordAsync(FlowChannelUser user, string password)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        return problems;
    }

    public FlowChannelUser New(UserFields fields) => Apply(new FlowChannelUser { EmailConfirmed = true, LockoutEnabled = true }, fields);

    /// <summary>Copies the fields onto the user (keeping Identity's normalised columns in step).</summary>
    public FlowChannelUser Apply(FlowChannelUser user, UserFields fields)
    {
        user.UserName = fields.UserName!.Trim();
        user.NormalizedUserName = Normalize(user.UserName);
        user.DisplayName = fields.DisplayName!.Trim();
        user.Email = string.IsNullOrWhiteSpace(fields.Email) ? null : fields.Email.Trim();
        user.NormalizedEmail = user.Email is null ? null : users.NormalizeEmail(user.Email);
        user.Culture = string.IsNullOrWhiteSpace(fields.Culture) ? null : fields.Culture;
        user.DepartmentId = fields.DepartmentId;
        user.PartnerId = fields.PartnerId;
        Touch(user);
        return user;
    }

    /// <summary>
    /// Identity's concurrency token on the user row: a fresh value makes two admins saving the same user at once
    /// collide (409) instead of the later silently undoing the earlier, as UserManager's own updates do.
    /// </summary>
    public static void Touch(FlowChannelUser user) => user.ConcurrencyStamp = Guid.NewGuid().ToString();

    public void SetPassword(FlowChannelUser user, string password) => user.PasswordHash = hasher.HashPassword(user, password);

    /// <summary>Signed-in sessions and bearer tokens compare this stamp: changing it makes them pick up roles and partner anew.</summary>
    public static void RenewSecurityStamp(FlowChannelUser user) => user.SecurityStamp = Guid.NewGuid().ToString("N");

    public async Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken ct) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               where ur.UserId == userId
               orderby r.Name
               select r.Name!).ToListAsync(ct);

    /// <summary>Makes the user's roles exactly <paramref name="roles"/>; true when anything changed.</summary>
    public async Task<bool> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var wanted = roles.ToHashSet(StringComparer.Ordinal);
        var roleIds = await db.Roles.Where(r => wanted.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        var current = await db.UserRoles.Where(ur => ur.UserId == userId).ToListAsync(ct);
        var removed = current.Where(ur => !roleIds.Contains(ur.RoleId)).ToList();
        var added = roleIds.Where(id => current.All(ur => ur.RoleId != id)).ToList();
        db.UserRoles.RemoveRange(removed);
        db.UserRoles.AddRange(added.Select(id => new IdentityUserRole<string> { UserId = userId, RoleId = id }));
        return removed.Count > 0 || added.Count > 0;
    }

    /// <summary>Adds a new user's role rows without reading: the user has none yet (imports add thousands).</summary>
    public void AddRoles(string userId, IEnumerable<string> roles, IReadOnlyDictionary<string, string> roleIdsByName) =>
        db.UserRoles.AddRange(roles.Distinct(StringComparer.Ordinal)
            .Select(r => new IdentityUserRole<string> { UserId = userId, RoleId = roleIdsByName[r] }));

    public async Task<IReadOnlyDictionary<string, string>> RoleIdsByNameAsync(CancellationToken ct) =>
        await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, ct);
}
