using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Notify;

/// <summary>A person a notification goes to, as found from what the workflow named.</summary>
public sealed record NotifyPerson(string UserId, string UserName, string? Email, string? Culture, bool IsCopy);

/// <summary>Finds the users a <c>FlowChannel.Notify</c> names by user id, user name or email address.</summary>
public static class NotifyPeople
{
    /// <summary>
    /// Recipients first, then the copies; someone named twice is notified once, as a recipient if they are one.
    /// A name that matches no user fails the effect, naming the activity, the input and the name.
    /// </summary>
    public static async Task<List<NotifyPerson>> FindAsync(FlowChannelDbContext db, string activityId,
        IReadOnlyList<string> recipients, IReadOnlyList<string> cc, CancellationToken ct)
    {
        var people = new List<NotifyPerson>();
        foreach (var (names, input, isCopy) in new[] { (recipients, "recipients", false), (cc, "cc", true) })
        {
            foreach (var person in await FindAsync(db, activityId, names, input, isCopy, ct))
            {
                if (!people.Exists(p => p.UserId == person.UserId))
                {
                    people.Add(person);
                }
            }
        }
        return people;
    }

    private static async Task<List<NotifyPerson>> FindAsync(FlowChannelDbContext db, string activityId, IReadOnlyList<string> names,
        string input, bool isCopy, CancellationToken ct)
    {
        if (names.Count == 0)
        {
            return [];
        }
        var upper = names.Select(n => n.ToUpperInvariant()).ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => names.Contains(u.Id) || upper.Contains(u.NormalizedUserName!) || upper.Contains(u.NormalizedEmail!))
            .Select(u => new { u.Id, u.UserName, u.NormalizedUserName, u.Email, u.NormalizedEmail, u.Culture })
            .ToListAsync(ct);
        var found = new List<NotifyPerson>(names.Count);
        foreach (var name in names)
        {
            var key = name.ToUpperInvariant();
            var user = users.Find(u => u.Id == name) ?? users.Find(u => u.NormalizedUserName == key) ?? users.Find(u => u.NormalizedEmail == key)
                ?? throw new WorkflowEffectException($"Activity '{activityId}', input '{input}': there is no user '{name}' (by id, user name or email).");
            found.Add(new NotifyPerson(user.Id, user.UserName ?? user.Id, string.IsNullOrWhiteSpace(user.Email) ? null : user.Email, user.Culture, isCopy));
        }
        return found;
    }
}
