using FlowChannel.Application.Common;

namespace FlowChannel.Web.Api.Admin;

/// <summary>
/// The organisation admin API under <c>/api/admin</c>. The whole group requires the admin role; every use case
/// checks it again, because pages send the same requests without an endpoint in between.
/// </summary>
public static class AdminApi
{
    public static void MapAdminApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin)).WithTags("Admin");
        admin.MapAdminUserApi();
        admin.MapAdminUserImportApi();
        admin.MapAdminRoleApi();
        admin.MapAdminDepartmentApi();
        admin.MapAdminWebhookApi();
        admin.MapAdminPermissionSetApi();
        admin.MapAdminEmailSettingsApi();
    }
}
