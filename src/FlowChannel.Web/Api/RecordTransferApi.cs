using System.Globalization;
using System.Security.Claims;
using FlowChannel.Application.Records.Import;
using FlowChannel.Application.Records.Print;
using FlowChannel.Web.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.Features;

namespace FlowChannel.Web.Api;

/// <summary>
/// Moving records in and out of a form: import jobs (upload, dry run, import, progress), the .xlsx export and the
/// print page. The import file is the raw request body typed as .xlsx or text/csv, which a cross-site HTML form cannot
/// send, so a forged post riding a cookie cannot import (a multipart upload could).
/// </summary>
public static class RecordTransferApi
{
    /// <summary>Body of a run: a dry run or the import, the mode, and columns mapped by hand (letter → field key, null = left out).</summary>
    public sealed record RunImportBody(bool DryRun, ImportMode Mode = ImportMode.AllOrNothing, Dictionary<string, string?>? Mapping = null);

    public static void MapRecordTransferApi(this RouteGroupBuilder api)
    {
        api.MapPost("/forms/{formId}/imports", UploadAsync)
            .WithSummary($"Upload an .xlsx or UTF-8 CSV body (at most {RecordImportLimits.MaxRows:N0} rows) to import into the form; "
                + "answers the columns with their guessed fields. Nothing is checked or written yet.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/imports/{id:guid}/runs", async (Guid id, RunImportBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Accepted($"/api/imports/{id}",
                    await mediator.Send(new RunRecordImport(ActorFactory.From(user), id, body.DryRun, body.Mode, body.Mapping), ct)))
            .WithSummary("Start a dry run (every bad row and cell reported, nothing written) or the import (allOrNothing or skipBadRows); "
                + "poll GET /api/imports/{id} for progress and the report. Imports start no workflows.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/imports/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRecordImport(ActorFactory.From(user), id), ct)))
            .WithSummary("The caller's import: state, progress, mapping and the last run's report.");

        api.MapRecordExportApi();
    }

    /// <summary>The print page of one record, or of several (<c>?ids=a,b</c>), outside <c>/api</c>: it is a page people open.</summary>
    public static void MapRecordPrintPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/records/{formId}/{id:guid}/print", (string formId, Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                PrintAsync(formId, [id], user, mediator, ct))
            .RequireAuthorization();
        app.MapGet("/records/{formId}/print", (string formId, string ids, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                PrintAsync(formId, ParseIds(ids), user, mediator, ct))
            .RequireAuthorization();
    }

    private static async Task<IResult> PrintAsync(string formId, IReadOnlyList<Guid> ids, ClaimsPrincipal user, IMediator mediator, CancellationToken ct)
    {
        var html = await mediator.Send(new PrintRecords(ActorFactory.From(user), formId, ids, CultureInfo.CurrentUICulture), ct);
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static List<Guid> ParseIds(string ids) =>
        [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Guid.TryParse(t, out var g) ? g : throw new Application.Common.BadRequestException($"'{t}' is not a record id."))];

    private static async Task<IResult> UploadAsync(string formId, string? fileName, HttpRequest request, ClaimsPrincipal user, IMediator mediator,
        CancellationToken ct)
    {
        // The API's small body cap is for JSON; an import file may be as large as the import allows (one byte more is refused).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = RecordImportLimits.MaxBytes + 1;
        }
        var extension = request.ContentType?.Split(';')[0].Trim() switch
        {
            Admin.AdminUserImportApi.XlsxMediaType => ".xlsx",
            "text/csv" => ".csv",
            var other => throw ImportFileError.File("unsupportedFormat",
                $"Send the file as {Admin.AdminUserImportApi.XlsxMediaType} or text/csv, not '{other}'."),
        };
        var name = Path.GetFileNameWithoutExtension(string.IsNullOrWhiteSpace(fileName) ? "import" : fileName) + extension;
        var view = await mediator.Send(new UploadRecordImport(ActorFactory.From(user), formId, name, request.Body, CultureInfo.CurrentUICulture), ct);
        return TypedResults.Created($"/api/imports/{view.Id}", view);
    }
}
