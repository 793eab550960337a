using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Audit;

/// <summary>
/// A page of the audit log, newest first, for administrators. <see cref="User"/> matches a user id or user name,
/// <see cref="Action"/> the start of an action name (<c>login</c> finds <c>login.failed</c>), the others exactly;
/// <see cref="From"/> is inclusive and <see cref="To"/> exclusive.
/// </summary>
public sealed record ListAuditEntries(
    Actor Actor,
    DateTime? From = null,
    DateTime? To = null,
    string? User = null,
    string? Action = null,
    string? ObjectType = null,
    string? ObjectId = null,
    int Page = 1,
    int PageSize = ListAuditEntries.DefaultPageSize) : IQuery<AuditEntryPage>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

public sealed record AuditEntryPage(IReadOnlyList<AuditEntryView> Items, int Total, int Page, int PageSize);

/// <summary>One entry as the admin sees it, with the user's name when the user still exists.</summary>
public sealed record AuditEntryView(
    long? Sequence, DateTime At, string? UserId, string? UserName, string Action, string ObjectType, string? ObjectId, string? Detail);

public sealed class ListAuditEntriesHandler(FlowChannelDbContext db) : IQueryHandler<ListAuditEntries, AuditEntryPage>
{
    public async ValueTask<AuditEntryPage> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        AuditAccess.EnsureAdmin(query.Actor);
        Validate(query);

        var entries = from entry in Filter(db.AuditLog.AsNoTracking(), query)
                      join user in db.Users.AsNoTracking() on entry.UserId equals user.Id into users
                      from user in users.DefaultIfEmpty()
                      select new { entry, UserName = user == null ? null : user.UserName };
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var who = query.User.Trim();
            entries = entries.Where(x => x.entry.UserId == who || x.UserName == who);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(x => x.entry.Sequence).ThenByDescending(x => x.entry.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(x => new AuditEntryView(x.entry.Sequence, x.entry.At, x.entry.UserId, x.UserName, x.entry.Action,
                x.entry.ObjectType, x.entry.ObjectId, x.entry.Detail))
            .ToListAsync(cancellationToken);
        return new AuditEntryPage(items, total, query.Page, query.PageSize);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, ListAuditEntries query)
    {
        if (query.From is { } from)
        {
            var utc = ToUtc(from);
            entries = entries.Where(e => e.At >= utc);
        }
        if (query.To is { } to)
        {
            var utc = ToUtc(to);
            entries = entries.Where(e => e.At < utc);
        }
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            entries = entries.Where(e => e.Action.StartsWith(action));
        }
        if (!string.IsNullOrWhiteSpace(query.ObjectType))
        {
            var type = query.ObjectType.Trim();
            entries = entries.Where(e => e.ObjectType == type);
        }
        if (!string.IsNullOrWhiteSpace(query.ObjectId))
        {
            var id = query.ObjectId.Trim();
            entries = entries.Where(e => e.ObjectId == id);
        }
        return entries;
    }

    private static DateTime ToUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static void Validate(ListAuditEntries query)
    {
        var errors = new List<FieldError>();
        if (query.Page < 1)
        {
            errors.Add(new FieldError("page", "range", "The page number starts at 1."));
        }
        if (query.PageSize is < 1 or > ListAuditEntries.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", "range", $"The page size is between 1 and {ListAuditEntries.MaxPageSize}."));
        }
        if (query.From is { } from && query.To is { } to && to <= from)
        {
            errors.Add(new FieldError("to", "range", "'to' must be later than 'from'."));
        }
        if (errors.Count > 0)
        {
            throw new RecordValidationException(errors);
        }
    }
}
