using System.Security.Claims;
using FlowChannel.Application.Organisation.Partners;
using FlowChannel.Application.Organisation.Users;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api.Admin;

public static class AdminUserApi
{
    /// <summary>A user's fields; <c>password</c> only when creating (omit it to have one generated and returned once).</summary>
    public sealed record UserBody(string? UserName, string? DisplayName, string? Email, string? Culture, Guid? DepartmentId, Guid? PartnerId,
        IReadOnlyList<string>? Roles, string? Password = null)
    {
        public UserFields Fields => new(UserName, DisplayName, Email, Culture, DepartmentId, PartnerId, Roles);
    }

    public sealed record UserFilter(string? Search, Guid? DepartmentId, string? Role, Guid? PartnerId, bool? Disabled, int? Page, int? PageSize);

    public static void MapAdminUserApi(this RouteGroupBuilder admin)
    {
        var users = admin.MapGroup("/users");
        users.MapGet("", async ([AsParameters] UserFilter f, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListUsers(ActorFactory.From(user), f.Search, f.DepartmentId, f.Role, f.PartnerId, f.Disabled,
                    f.Page ?? 1, f.PageSize ?? ListUsers.DefaultPageSize), ct)))
            .WithSummary("A page of users by user name, filtered by search (name or email), departmentId, role, partnerId, disabled; with the total.");

        users.MapGet("/{id}", async (string id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetUser(ActorFactory.From(user), id), ct)))
            .WithSummary("One user with roles, department and partner.");

        users.MapPost("", async (UserBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateUser(ActorFactory.From(user), body.Fields, body.Password), ct);
                return TypedResults.Created($"/api/admin/users/{created.User.Id}", created);
            })
            .WithSummary("Create a user; without a password one is generated and returned in this answer only (generatedPassword).");

        users.MapPut("/{id}", async (string id, UserBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateUser(ActorFactory.From(user), id, body.Fields), ct)))
            .WithSummary("Change a user's fields and roles; a change of roles, partner or department renews their sessions.");

        users.MapPost("/{id}/disable", async (string id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetUserDisabled(ActorFactory.From(user), id, true), ct)))
            .WithSummary("Disable a user: they can no longer sign in or use tokens; their records, tasks and history stay.");

        users.MapPost("/{id}/enable", async (string id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetUserDisabled(ActorFactory.From(user), id, false), ct)))
            .WithSummary("Enable a disabled user again.");

        admin.MapGet("/partners", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPartnerChoices(ActorFactory.From(user)), ct)))
            .WithSummary("Every partner organisation (id, company name, credit code), for assigning partner users.");
    }
}
