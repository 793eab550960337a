using FlowChannel.Web.Api.Admin;

namespace FlowChannel.Web.Api;

public static class ApiEndpoints
{
    /// <summary>The REST API under <c>/api</c>; everything but the token endpoint needs a signed-in caller.</summary>
    public static IEndpointRouteBuilder MapFlowChannelApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapAuthApi();
        PublicForms.PublicFormApi.MapPublicFormApi(api);
        var secured = api.MapGroup("").RequireAuthorization();
        secured.MapFormApi();
        secured.MapRecordApi();
        secured.MapRecordQueryApi();
        secured.MapDashboardApi();
        secured.MapRecordTransferApi();
        secured.MapRecordBatchApi();
        secured.MapFormVersionApi();
        secured.MapRecordDraftApi();
        secured.MapTaskApi();
        secured.MapWorkflowApi();
        secured.MapWorkflowInstanceApi();
        secured.MapWorkflowDefinitionApi();
        secured.MapWorkflowDraftApi();
        secured.MapPartnerApi();
        secured.MapFileApi();
        secured.MapNotificationApi();
        secured.MapDirectoryApi();
        secured.MapLookupApi();
        secured.MapTokenApi();
        secured.MapAuditApi();
        secured.MapAdminApi();
        secured.MapPackApi();
        secured.MapAutomationApi();
        return app;
    }
}
