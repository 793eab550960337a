using System.Globalization;
using FlowChannel.Application.Identity.PasswordReset;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FlowChannel.Web.Identity.PasswordReset;

/// <summary>The "forgot password" form's post: always the same redirect, whether or not the account exists.</summary>
public static class PasswordResetRequestEndpoint
{
    public const string RequestPagePath = "/account/forgot-password";
    // Not the page's own path: a Blazor page answers POSTs to its route too, and two endpoints there would be ambiguous.
    public const string RequestPath = "/account/password-reset/request";
    public const string ResetPagePath = "/account/reset-password";

    public static IEndpointRouteBuilder MapPasswordResetRequest(this IEndpointRouteBuilder app)
    {
        app.MapPost(RequestPath, RequestAsync)
            .AllowAnonymous()
            .RequireRateLimiting(PasswordResetRateLimit.PolicyName)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> RequestAsync(
        [FromForm] string? login, HttpContext context, IOptions<AccountOptions> options, IMediator mediator, CancellationToken ct)
    {
        var settings = options.Value;
        var root = settings.PublicUrl?.AbsoluteUri ?? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var resetPage = root.TrimEnd('/') + ResetPagePath;
        await mediator.Send(new RequestPasswordReset(login, resetPage, CultureInfo.CurrentUICulture.Name, settings.PasswordResetLifetime), ct);
        return Results.LocalRedirect($"{RequestPagePath}?sent=true");
    }
}
