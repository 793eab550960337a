using System.Text.Json.Nodes;
using FlowChannel.Application.Partners;
using FlowChannel.Expressions.Json;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Approvals;

/// <summary>Who a round is for: the instance's submitter and the record it is about.</summary>
public sealed record ApprovalSubject(string? SubmitterUserId, JsonObject? RecordData);

/// <summary>
/// Turns approver specs into people: user ids in the listed order, each once, leaving out unknown and disabled
/// (locked-out) users. A role means every member; a department head climbs the submitter's department tree.
/// </summary>
public sealed class ApproverResolver(FlowChannelDbContext db, TimeProvider clock)
{
    /// <summary>How far up the tree a head is looked for, so a cycle in the departments cannot loop.</summary>
    private const int MaxDepartmentDepth = 32;

    public async Task<IReadOnlyList<string>> ResolveAsync(IEnumerable<ApproverSpec> specs, ApprovalSubject subject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(subject);
        var candidates = new List<string>();
        // Members of a role come with their lockout in the same query, so they need no second look-up.
        var lockouts = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            candidates.AddRange(spec.Type switch
            {
                ApproverSpec.User => await UsersAsync([spec.Value!], ct),
                ApproverSpec.Role => Remember(await RoleMembersAsync(spec.Value!, ct), lockouts),
                ApproverSpec.DepartmentHead => await DepartmentHeadAsync(subject.SubmitterUserId, spec.Level, ct),
                ApproverSpec.Field => await UsersAsync(FieldUserIds(subject.RecordData?[spec.Value!]), ct),
                ApproverSpec.PartnerOwner => await PartnerOwnerAsync(subject.SubmitterUserId, ct),
                ApproverSpec.Submitter => subject.SubmitterUserId is { } submitter ? [submitter] : [],
                _ => [],
            });
        }

        return await ActiveAsync(candidates.Distinct(StringComparer.Ordinal).ToList(), lockouts, ct);
    }

    /// <summary>The members of the administrators' role: who gets a round nobody else was found for.</summary>
    public async Task<List<string>> AdministratorsAsync(CancellationToken ct) =>
        [.. (await RoleMembersAsync(Common.RoleNames.Admin, ct)).Select(m => m.Id)];

    /// <summary>Users by id, user name or e-mail, as an author may write any of them.</summary>
    public async Task<List<string>> UsersAsync(IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        var upper = keys.Select(k => k.ToUpperInvariant()).ToList();
        var found = await db.Users.AsNoTracking()
            .Where(u => keys.Contains(u.Id) || upper.Contains(u.NormalizedUserName!) || upper.Contains(u.NormalizedEmail!))
            .Select(u => new { u.Id, u.NormalizedUserName, u.NormalizedEmail })
            .ToListAsync(ct);
        // In the order the keys were given: it is the order of an in-order round.
        return [.. keys.Select(k => found.FirstOrDefault(u => u.Id == k || Same(u.NormalizedUserName, k) || Same(u.NormalizedEmail, k))?.Id)
            .OfType<string>()];
    }

    private static bool Same(string? normalized, string key) => string.Equals(normalized, key, StringComparison.OrdinalIgnoreCase);

    /// <summary>A role's members (existing users), ordered by id, with their lockout end.</summary>
    private Task<List<Member>> RoleMembersAsync(string role, CancellationToken ct) =>
        WorkflowQueries.RoleMembersAsync(db, role.ToUpperInvariant(), ct);

    private static List<string> Remember(List<Member> members, Dictionary<string, DateTimeOffset?> lockouts)
    {
        foreach (var member in members)
        {
            lockouts[member.Id] = member.LockoutEnd;
        }

        return [.. members.Select(m => m.Id)];
    }

    /// <summary>
    /// Level 1 is the head of the submitter's department — or of the one above when the submitter heads it, since
    /// nobody approves their own request; each further level goes one department up.
    /// </summary>
    private async Task<List<string>> DepartmentHeadAsync(string? submitter, int level, CancellationToken ct)
    {
        if (submitter is null)
        {
            return [];
        }

        var departmentId = await db.Users.AsNoTracking().Where(u => u.Id == submitter).Select(u => u.DepartmentId).FirstOrDefaultAsync(ct);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.ParentId, d.HeadUserId }).ToDictionaryAsync(d => d.Id, ct);
        var remaining = level;
        for (var depth = 0; departmentId is { } id && departments.TryGetValue(id, out var department) && depth < MaxDepartmentDepth; depth++)
        {
            if (department.HeadUserId is { } head && head != submitter && --remaining == 0)
            {
                return [head];
            }

            departmentId = department.ParentId;
        }

        return [];
    }

    /// <summary>
    /// The channel managers named as <c>owner</c> on the profile of the submitter's partner organisation (or, for a
    /// user not attached to a partner, on the profile they own).
    /// </summary>
    private async Task<List<string>> PartnerOwnerAsync(string? submitter, CancellationToken ct)
    {
        if (submitter is null)
        {
            return [];
        }

        var partnerId = await db.Users.AsNoTracking().Where(u => u.Id == submitter).Select(u => u.PartnerId).FirstOrDefaultAsync(ct);
        var profile = await db.FormRecords.AsNoTracking()
            .Where(r => r.FormId == PartnerDirectory.ProfileFormId
                && (partnerId != null ? r.Id == partnerId : r.OwnerUserId == submitter || r.CreatedByUserId == submitter))
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => r.DataJson)
            .FirstOrDefaultAsync(ct);
        return profile is null ? [] : await UsersAsync(FieldUserIds(JsonNode.Parse(profile)?[PartnerDirectory.OwnerField]), ct);
    }

    /// <summary>A member field holds <c>{ id, name }</c> (or a list of them); older data and scripts may hold bare ids.</summary>
    private static List<string> FieldUserIds(JsonNode? value) => value switch
    {
        JsonArray array => [.. array.SelectMany(FieldUserIds)],
        JsonObject member when JsonScalars.TryGetString(member["id"], out var id) => [id],
        _ when JsonScalars.TryGetString(value, out var text) && !string.IsNullOrWhiteSpace(text) => [text.Trim()],
        _ => [],
    };

    private async Task<IReadOnlyList<string>> ActiveAsync(List<string> ids, Dictionary<string, DateTimeOffset?> lockouts, CancellationToken ct)
    {
        var unknown = ids.Where(id => !lockouts.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            var users = await db.Users.AsNoTracking().Where(u => unknown.Contains(u.Id)).Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(ct);
            foreach (var user in users)
            {
                lockouts[user.Id] = user.LockoutEnd;
            }
        }

        // Lockout is compared here: SQLite cannot compare DateTimeOffset columns in SQL. An id no query found is no user.
        var now = clock.GetUtcNow();
        return [.. ids.Where(id => lockouts.TryGetValue(id, out var end) && (end is null || end <= now))];
    }
}

/// <summary>A role member and the end of their lockout, if any.</summary>
internal sealed record Member(string Id, DateTimeOffset? LockoutEnd);
