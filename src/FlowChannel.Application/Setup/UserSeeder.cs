using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.AspNetCore.Identity;

namespace FlowChannel.Application.Setup;

/// <summary>Creates the roles, the admin and (with sample data) the demo users, once.</summary>
public sealed class UserSeeder(UserManager<FlowChannelUser> users, RoleManager<IdentityRole> roles, FlowChannelDbContext db, AuditTrail audit)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in RoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    /// <returns>The credential to print when the user was created now; null when it already existed.</returns>
    public async Task<SeededCredential?> EnsureUserAsync(string userName, string displayName, string role, string? password, string? culture = null,
        Guid? partnerId = null)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return null;
        }
        var generated = password is null ? PasswordGenerator.Create() : null;
        var user = new FlowChannelUser
        {
            UserName = userName,
            DisplayName = displayName,
            Email = $"{userName}@flowchannel.local",
            EmailConfirmed = true,
            Culture = culture,
            PartnerId = partnerId,
        };
        Check(await users.CreateAsync(user, password ?? generated!), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
        // Giving someone a role is a permission change; at first start the system does it, so there is no actor.
        audit.Write(null, "user.create", "User", user.Id, $"{userName}, role {role}");
        await db.SaveChangesAsync();
        return new SeededCredential(userName, role, generated);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create '{what}': {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
