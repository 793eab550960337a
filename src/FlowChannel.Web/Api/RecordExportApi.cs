using System.Globalization;
using System.Security.Claims;
using FlowChannel.Application.Records.Export;
using FlowChannel.Application.Records.Query;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api;

/// <summary>
/// Exports of a form's records: streamed at once (<c>export.csv</c>, <c>export.xlsx</c>, for scripts and small forms),
/// or as a job whose progress a page shows (<c>POST exports</c>, then its file). Only records the <c>export</c> action
/// reaches, only fields the caller sees; cells a spreadsheet would run as formulas are neutralised.
/// </summary>
public static class RecordExportApi
{
    /// <summary>Body of an export job: the format and the view (columns in order, filters).</summary>
    public sealed record ExportBody(ExportFormat Format = ExportFormat.Xlsx, IReadOnlyList<string>? Columns = null, IReadOnlyList<GridFilter>? Filters = null,
        string? Search = null, IReadOnlyList<GridSort>? Sort = null, string? TimeZone = null);

    public static void MapRecordExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/forms/{formId}/records/export.csv", (string formId, string? columns, ClaimsPrincipal user, IMediator mediator, HttpContext http, CancellationToken ct) =>
                StreamAsync(formId, ExportFormat.Csv, columns, user, mediator, http, ct))
            .WithSummary("The records the caller may export as CSV (UTF-8 with BOM, for Excel), optionally only ?columns=key1,key2; formula-like cells are neutralised.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/forms/{formId}/records/export.xlsx", (string formId, string? columns, ClaimsPrincipal user, IMediator mediator, HttpContext http, CancellationToken ct) =>
                StreamAsync(formId, ExportFormat.Xlsx, columns, user, mediator, http, ct))
            .WithSummary("The records the caller may export as an Excel workbook, labels as headers, optionally only ?columns=key1,key2; formula-like cells are neutralised.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/forms/{formId}/exports", async (string formId, ExportBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var job = await mediator.Send(new StartRecordExport(ActorFactory.From(user), formId, body.Format,
                    new RecordExportView(body.Columns, body.Filters, body.Search, body.Sort, body.TimeZone), CultureInfo.CurrentUICulture), ct);
                return TypedResults.Accepted($"/api/exports/{job.Id}", job);
            })
            .WithSummary("Start an export of the records in a view (columns; filters, search and sort as the records grid's) as csv or xlsx; "
                + "poll GET /api/exports/{id} for progress, then GET /api/exports/{id}/file.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapGet("/exports/{id:guid}", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRecordExport(ActorFactory.From(user), id), ct)))
            .WithSummary("The caller's export job: state, records scanned of the total, rows written.");

        api.MapGet("/exports/{id:guid}/file", async (Guid id, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetRecordExportFile(ActorFactory.From(user), id), ct);
                return TypedResults.PhysicalFile(file.Path, file.MediaType, file.FileName);
            })
            .WithSummary("The file of the caller's finished export job; 409 while it runs.");
    }

    private static async Task StreamAsync(string formId, ExportFormat format, string? columns, ClaimsPrincipal user, IMediator mediator, HttpContext http,
        CancellationToken ct)
    {
        var keys = columns?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var export = await mediator.Send(new ExportRecords(ActorFactory.From(user), formId, CultureInfo.CurrentUICulture, new RecordExportView(keys)), ct);
        http.Response.ContentType = RecordExportFiles.MediaType(format);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{RecordExportFiles.FileName(export.FormId, format)}\"";
        if (format == ExportFormat.Csv)
        {
            await RecordExportFiles.WriteCsvAsync(export, http.Response.Body, ct);
            return;
        }
        // Kestrel refuses synchronous writes, and a zip is finished only at its end: build it in a temporary file first.
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await RecordExportFiles.WriteXlsxAsync(export, buffer, ct);
        http.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, ct);
    }
}
