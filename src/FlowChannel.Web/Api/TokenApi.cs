using System.Security.Claims;
using FlowChannel.Application.Identity;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>Personal access tokens for scripts: made (shown once), listed, revoked by their owner.</summary>
public static class TokenApi
{
    public sealed record CreateTokenBody(string? Name, string? Scope, int? ExpiresInDays);

    public static void MapTokenApi(this RouteGroupBuilder api)
    {
        api.MapPost("/tokens", async (CreateTokenBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreatePersonalAccessToken(ActorFactory.From(user), body.Name, body.Scope, body.ExpiresInDays), ct);
                return TypedResults.Created($"/api/tokens/{created.Details.Id}", created);
            })
            .WithSummary("Make a personal access token (scope read or write, 1–365 days); the token is in this answer only.");
        api.MapGet("/tokens", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListPersonalAccessTokens(ActorFactory.From(user)), ct)))
            .WithSummary("The caller's tokens, without the tokens themselves.");
        api.MapDelete("/tokens/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RevokePersonalAccessToken(ActorFactory.From(user), id), ct)))
            .WithSummary("Revoke a token at once.");
    }
}
