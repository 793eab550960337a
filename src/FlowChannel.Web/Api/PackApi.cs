using System.Security.Claims;
using FlowChannel.Application.Common;
using FlowChannel.Application.Packs;
using FlowChannel.Application.Packs.Export;
using FlowChannel.Application.Packs.Install;
using FlowChannel.Web.Identity;
using Mediator;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Api;

/// <summary>
/// Template packs under <c>/api/packs</c>, for admins only. The import takes the .zip as the raw body typed
/// <c>application/zip</c>, which a cross-site HTML form cannot send, so a forged post riding an admin's cookie cannot
/// install anything.
/// </summary>
public static class PackApi
{
    public const string ZipMediaType = "application/zip";

    public sealed record ExportBody(string? Id, IReadOnlyList<string>? Forms, IReadOnlyList<string>? Workflows);

    public static void MapPackApi(this RouteGroupBuilder api)
    {
        var packs = api.MapGroup("/packs").RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin)).WithTags("Packs");

        packs.MapGet("", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPacks(ActorFactory.From(user)), ct)))
            .WithSummary("Installed packs and the built-in catalogue.");

        packs.MapPost("/import", async (HttpRequest request, bool? dryRun, bool? sampleData, ClaimsPrincipal user, IMediator mediator,
                IOptions<PackLimits> limits, CancellationToken ct) =>
            {
                var source = await PackUpload.ReadAsync(request, limits.Value, ct);
                var report = await mediator.Send(new InstallPack(ActorFactory.From(user), source, dryRun ?? false, sampleData ?? false), ct);
                // The demo accounts' one-time passwords must not stay in any cache on the way.
                request.HttpContext.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(report);
            })
            .WithSummary("Install or upgrade a pack from an application/zip body: all or nothing, every error with its file and JSON "
                + "pointer (422); dryRun=true only reports what would be created, upgraded or left unchanged; sampleData=true adds its sample records "
                + "(for the Channel Management pack also its demo users, listed once in demoAccounts with their generated passwords).");

        packs.MapGet("/{packId}/export", async (string packId, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var pack = await mediator.Send(new ExportPack(ActorFactory.From(user), packId), ct);
                return TypedResults.File(pack.Content, ZipMediaType, pack.FileName);
            })
            .WithSummary("An installed pack as a .zip that re-imports: its forms' and workflows' latest versions, roles and kept files.");

        packs.MapPost("/export", async (ExportBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var pack = await mediator.Send(new ExportPack(ActorFactory.From(user), body.Id ?? "", body.Forms ?? [], body.Workflows ?? []), ct);
                return TypedResults.File(pack.Content, ZipMediaType, pack.FileName);
            })
            .WithSummary("A new pack of chosen forms and workflows (latest published versions), as a .zip.");
    }
}
