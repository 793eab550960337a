namespace FlowChannel.Web.Hosting;

/// <summary>
/// Response headers that make the browser refuse what the app never does: being framed, guessing content types,
/// running scripts from elsewhere, sending full URLs to other sites. Blazor Server needs its own scripts, a
/// WebSocket to this host and inline styles (Radzen sets them); nothing else is allowed. The API reference page
/// (Scalar) loads its own inline script, so it gets the same headers without the script policy.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // The location field asks for the position on this site only; nothing uses the camera or microphone.
        headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!context.Request.Path.StartsWithSegments("/scalar"))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        await next();
    });

    /// <summary>The largest JSON request the API reads; uploads (<c>/api/files</c>) keep the server's file limit.</summary>
    public const long ApiRequestBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Caps API request bodies well below the server-wide limit that file uploads need, so a client cannot make the
    /// server parse a 30 MB JSON document: the request is refused with 413 as soon as it reads past the cap.
    /// </summary>
    public static IApplicationBuilder UseApiRequestLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/api/files")
            && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ApiRequestBytes;
        }

        await next();
    });
}
