using System.Security.Claims;
using FlowChannel.Application.Audit;
using FlowChannel.Application.Common;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>The audit log for administrators: read it a page at a time, and verify its hash chain.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        // The use cases check the role too; the policy turns everyone else away before a query is built.
        var audit = api.MapGroup("/admin/audit").RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin));
        audit.MapGet("", async ([AsParameters] AuditFilter filter, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAuditEntries(ActorFactory.From(user), filter.From?.UtcDateTime, filter.To?.UtcDateTime,
                    filter.UserId, filter.Action, filter.ObjectType, filter.ObjectId, filter.Page ?? 1, filter.PageSize ?? ListAuditEntries.DefaultPageSize), ct)))
            .WithSummary("A page of the audit log, newest first (admins): from (inclusive) and to (exclusive) as ISO 8601 instants, userId (an id or a user name), action (its start), objectType, objectId; with the total.");
        audit.MapPost("/verify", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyAuditChain(ActorFactory.From(user)), ct)))
            .WithSummary("Walks the audit log's hash chain (admins): intact with the entry count and head hash, or the first broken entry and the check it failed.");
    }

    public sealed record AuditFilter(
        DateTimeOffset? From, DateTimeOffset? To, string? UserId, string? Action, string? ObjectType, string? ObjectId, int? Page, int? PageSize);
}
