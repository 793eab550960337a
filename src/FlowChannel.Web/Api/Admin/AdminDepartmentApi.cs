using System.Security.Claims;
using FlowChannel.Application.Organisation.Departments;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api.Admin;

public static class AdminDepartmentApi
{
    public sealed record DepartmentBody(string? Name, string? NameEn, Guid? ParentId);

    public sealed record MoveBody(Guid? ParentId);

    public sealed record HeadBody(string? UserId);

    public static void MapAdminDepartmentApi(this RouteGroupBuilder admin)
    {
        var departments = admin.MapGroup("/departments");
        departments.MapGet("", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDepartments(ActorFactory.From(user)), ct)))
            .WithSummary("Every department (flat, with parentId and path), its head and its count of active users.");

        departments.MapPost("", async (DepartmentBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new CreateDepartment(ActorFactory.From(user), body.Name, body.NameEn, body.ParentId), ct);
                return TypedResults.Created($"/api/admin/departments/{id}", new { id });
            })
            .WithSummary("Create a department (name in Chinese, nameEn optional) at the root or under parentId.");

        departments.MapPut("/{id:guid}", async (Guid id, DepartmentBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { id = await mediator.Send(new RenameDepartment(ActorFactory.From(user), id, body.Name, body.NameEn), ct) }))
            .WithSummary("Rename a department (name, nameEn); parentId is ignored here, use /move.");

        departments.MapPost("/{id:guid}/move", async (Guid id, MoveBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { id = await mediator.Send(new MoveDepartment(ActorFactory.From(user), id, body.ParentId), ct) }))
            .WithSummary("Move a department under parentId (null: to the root); moving it under its own branch is refused (code cycle).");

        departments.MapPost("/{id:guid}/head", async (Guid id, HeadBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { id = await mediator.Send(new SetDepartmentHead(ActorFactory.From(user), id, body.UserId), ct) }))
            .WithSummary("Set the department's head (an active staff user), or clear it with userId null.");

        departments.MapPost("/{id:guid}/deactivate", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { id = await mediator.Send(new SetDepartmentActive(ActorFactory.From(user), id, false), ct) }))
            .WithSummary("Deactivate a department once no active user and no active sub-department is left in it (the error says how many).");

        departments.MapPost("/{id:guid}/activate", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { id = await mediator.Send(new SetDepartmentActive(ActorFactory.From(user), id, true), ct) }))
            .WithSummary("Activate a department again (its parent must be active).");
    }
}
