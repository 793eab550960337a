using System.Security.Claims;
using FlowChannel.Application.Files;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

public static class FileApi
{
    public static void MapFileApi(this RouteGroupBuilder api)
    {
        // Scripts upload with a bearer token and no antiforgery token; an upload only stores bytes for its own
        // caller, and a record can only reference the caller's own uploads, so a forged post gains nothing.
        api.MapPost("/files", async (IFormFile file, ClaimsPrincipal user, AttachmentUploader uploader, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                var stored = await uploader.UploadAsync(ActorFactory.From(user), file.FileName, file.ContentType, content, ct);
                return TypedResults.Created($"/api/files/{stored.Id}", stored);
            })
            .DisableAntiforgery()
            .WithSummary("Upload an attachment (multipart field 'file', at most 20 MB); reference it from an attachment field.");

        api.MapGet("/files/{id}", async (string id, ClaimsPrincipal user, IMediator mediator, FileStore store, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetFile(ActorFactory.From(user), id), ct);
                return TypedResults.File(store.OpenRead(file.Id), file.ContentType, file.Name);
            })
            .WithSummary("Download an attachment (its uploader or a channel manager).");
    }
}
