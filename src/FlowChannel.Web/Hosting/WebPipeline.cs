using FlowChannel.Web.Api;
using FlowChannel.Web.Components;
using FlowChannel.Web.Identity;
using Scalar.AspNetCore;

namespace FlowChannel.Web.Hosting;

public static class WebPipeline
{
    public static WebApplication UseFlowChannelWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapFlowChannelApi();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
