using System.Security.Claims;
using FlowChannel.Application.Common;
using FlowChannel.Application.Organisation.Import;
using FlowChannel.Forms.Validation;
using FlowChannel.Web.Identity;
using Mediator;

namespace FlowChannel.Web.Api.Admin;

/// <summary>
/// The import takes the file as the raw request body, typed <c>text/csv</c> or the .xlsx media type. Neither type can
/// be sent by a cross-site HTML form, so a forged post riding an admin's cookie cannot create users (a multipart
/// upload could).
/// </summary>
public static class AdminUserImportApi
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapAdminUserImportApi(this RouteGroupBuilder admin) =>
        admin.MapPost("/users/import", async (HttpRequest request, bool? dryRun, ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
            {
                var fileName = FileNameFor(request.ContentType);
                var content = await ReadLimitedAsync(request, ct);
                return TypedResults.Ok(await mediator.Send(new ImportUsers(ActorFactory.From(user), fileName, content, dryRun ?? false), ct));
            })
            // No .Accepts(...): its media-type filter would answer a bare 415, where the check below says what to send.
            .WithSummary("Import users from an .xlsx or UTF-8 .csv body (at most 5 MB, 5,000 rows): all or nothing, errors per row and column; "
                + "dryRun=true only checks. A real import returns each new user's generated password once.");

    private static string FileNameFor(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        return mediaType switch
        {
            XlsxMediaType => "import.xlsx",
            "text/csv" => "import.csv",
            _ => throw new InvalidInputException(ImportUsersHandler.ErrorTitle,
                [new FieldError("file", "unsupportedFormat", $"Send the file as {XlsxMediaType} or text/csv, not '{contentType}'.")]),
        };
    }

    /// <summary>Reads at most one byte past the limit, so a huge body is refused without being held in memory.</summary>
    private static async Task<byte[]> ReadLimitedAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > UserImportLimits.MaxBytes)
        {
            throw TooLarge();
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > UserImportLimits.MaxBytes)
            {
                throw TooLarge();
            }
        }
        return buffer.ToArray();
    }

    private static InvalidInputException TooLarge() => new(ImportUsersHandler.ErrorTitle,
        [new FieldError("file", "fileTooLarge", $"The file is larger than {UserImportLimits.MaxBytes:N0} bytes (5 MB); split it into several files.")]);
}
