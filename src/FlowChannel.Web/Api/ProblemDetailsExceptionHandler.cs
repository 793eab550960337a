using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Packs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FlowChannel.Web.Api;

/// <summary>Maps the application's failures to RFC 7807 problem details with the agreed status codes.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, errors) = exception switch
        {
            RecordValidationException e => (StatusCodes.Status422UnprocessableEntity, "The record is invalid.",
                (object?)e.Errors.Select(x => new { path = x.Path, code = x.Code, message = x.Message })),
            FormPublishException e => (StatusCodes.Status422UnprocessableEntity, "The form cannot be published.",
                e.Errors.Select(x => new { path = x.Path, code = x.Code, message = x.Message })),
            PackImportException e => (StatusCodes.Status422UnprocessableEntity, "The pack is invalid.",
                e.Errors.Select(x => new { file = x.File, path = x.Path, message = x.Message })),
            InvalidInputException e => (StatusCodes.Status422UnprocessableEntity, e.Title,
                e.Errors.Select(x => new { path = x.Path, code = x.Code, message = x.Message })),
            NotFoundException => (StatusCodes.Status404NotFound, "Not found.", null),
            ForbiddenException => (StatusCodes.Status403Forbidden, "Forbidden.", null),
            ConflictException => (StatusCodes.Status409Conflict, "Conflict.", null),
            BadRequestException or BadHttpRequestException => (StatusCodes.Status400BadRequest, "Bad request.", null),
            _ => (0, "", null),
        };
        if (status == 0)
        {
            return false;
        }
        var details = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        if (errors is not null)
        {
            details.Extensions["errors"] = errors;
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
