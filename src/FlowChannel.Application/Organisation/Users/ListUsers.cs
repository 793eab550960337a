using FlowChannel.Application.Common;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Users;

/// <summary>
/// A page of users ordered by user name, for admins: <see cref="Search"/> matches user name, display name or email;
/// the other filters are exact. Disabled users are listed too unless <see cref="Disabled"/> says otherwise.
/// </summary>
public sealed record ListUsers(
    Actor Actor,
    string? Search = null,
    Guid? DepartmentId = null,
    string? Role = null,
    Guid? PartnerId = null,
    bool? Disabled = null,
    int Page = 1,
    int PageSize = ListUsers.DefaultPageSize) : IQuery<UserPage>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;
}

public sealed class ListUsersHandler(FlowChannelDbContext db) : IQueryHandler<ListUsers, UserPage>
{
    public async ValueTask<UserPage> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        AdminOnly.Check(query.Actor);
        var errors = new List<FieldError>();
        if (query.Page < 1)
        {
            errors.Add(new FieldError("page", "range", "The page number starts at 1."));
        }
        if (query.PageSize is < 1 or > ListUsers.MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", "range", $"The page size is between 1 and {ListUsers.MaxPageSize}."));
        }
        InvalidInputException.ThrowIfAny("The filter is invalid.", errors);

        var users = Filter(db.Users.AsNoTracking(), query);
        var total = await users.CountAsync(cancellationToken);
        var page = await users.OrderBy(u => u.UserName).ThenBy(u => u.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var roles = await UserViews.RolesByUserAsync(db, page.Select(u => u.Id).ToList(), cancellationToken);
        return new UserPage(page.Select(u => UserViews.Summary(u, org, roles)).ToList(), total, query.Page, query.PageSize);
    }

    private IQueryable<FlowChannelUser> Filter(IQueryable<FlowChannelUser> users, ListUsers query)
    {
        if (query.Search?.Trim() is { Length: > 0 } term)
        {
            var lower = term.ToLowerInvariant();
            // Translated to SQL LOWER(...) LIKE: no .NET culture or StringComparison applies inside the database.
#pragma warning disable CA1304, CA1311, CA1862
            users = users.Where(u => u.DisplayName.ToLower().Contains(lower) || u.UserName!.ToLower().Contains(lower)
                || (u.Email != null && u.Email.ToLower().Contains(lower)));
#pragma warning restore CA1304, CA1311, CA1862
        }
        users = query.DepartmentId is { } departmentId ? users.Where(u => u.DepartmentId == departmentId) : users;
        users = query.PartnerId is { } partnerId ? users.Where(u => u.PartnerId == partnerId) : users;
        users = query.Disabled switch
        {
            true => users.Where(u => u.DisabledAt != null),
            false => users.Where(u => u.DisabledAt == null),
            null => users,
        };
        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            var holders = from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == query.Role select ur.UserId;
            users = users.Where(u => holders.Contains(u.Id));
        }
        return users;
    }
}
