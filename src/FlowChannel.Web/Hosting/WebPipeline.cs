using FlowChannel.Web.Api;
using FlowChannel.Web.Components;
using FlowChannel.Web.Identity;
using Scalar.AspNetCore;

namespace FlowChannel.Web.Hosting;

public static class WebPipeline
{
    public static WebApplication UseFlowChannelWeb(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseApiRequestLimit();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseBearerTokenStampCheck();
        PersonalAccessTokenHandler.UseTokenScopes(app);
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        // Every endpoint states who may call it (a test checks): these are public by nature.
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        app.MapFlowChannelApi();
        app.MapRecordPrintPages();
        app.MapAccountEndpoints();
        // SecurityHeaders' policy already says frame-ancestors 'none'; Blazor's own, looser header would be a second one.
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .Add(BlazorTransportIsPublic);
        return app;
    }

    /// <summary>
    /// Blazor's own transport (the circuit hub, its negotiation, the redirect helper) is open to anyone, as it must be
    /// for the sign-in page to render; pages declare their own policy with [Authorize] or [AllowAnonymous], and the
    /// router enforces it inside the circuit.
    /// </summary>
    private static void BlazorTransportIsPublic(EndpointBuilder endpoint)
    {
        if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route }
            && (route.StartsWith("/_blazor", StringComparison.Ordinal) || route.StartsWith("/_framework", StringComparison.Ordinal)))
        {
            endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
        }
    }
}
