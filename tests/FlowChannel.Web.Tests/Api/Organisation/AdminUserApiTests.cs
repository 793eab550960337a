using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Setup;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Api.Organisation.AdminCalls;

namespace FlowChannel.Web.Tests.Api.Organisation;

/// <summary>Users and roles through <c>/api/admin</c> on the real app: what admins may do, and what nobody may.</summary>
public sealed class AdminUserApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string FirstPartnerCode = "91310000MA1FL0AB12";

    [Fact]
    public async Task People_who_are_not_admins_get_403_from_every_admin_endpoint()
    {
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-admin", FlowChannelHost.SamplePassword);

        foreach (var client in new[] { manager, partner })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/users")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/departments")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/admin/roles", new { name = "sneaky" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/admin/users",
                new { userName = "sneaky", displayName = "S", roles = new[] { "admin" } })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.CreateClient().GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Created_user_signs_in_with_the_generated_password_shown_once_and_is_audited()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var created = await CreateUserAsync(admin, "gen.user", ["finance"], SampleDepartments.FinanceId, password: null);

        var password = (string)created["generatedPassword"]!;
        Assert.Equal("gen.user", (string)created["user"]!["userName"]!);
        Assert.Equal("财务部", (string?)created["user"]!["departmentPath"]);
        var client = await ApiClient.SignInAsync(fixture.Host, "gen.user", password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/records/mine")).StatusCode);
        var again = await (await admin.GetAsync($"/api/admin/users/{(string)created["user"]!["id"]!}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(password, again, StringComparison.Ordinal);
        Assert.Contains("user.created", await AuditActionsAsync((string)created["user"]!["id"]!));
    }

    [Fact]
    public async Task Invalid_fields_answer_422_naming_each_field()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var errors = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "bad name!", displayName = "", email = "not-an-email", culture = "fr", departmentId = Guid.NewGuid(),
            roles = new[] { "no-such-role" }, password = "short",
        }));

        Assert.Contains(("userName", "invalidUserName"), errors);
        Assert.Contains(("displayName", "required"), errors);
        Assert.Contains(("email", "invalidEmail"), errors);
        Assert.Contains(("culture", "unknownCulture"), errors);
        Assert.Contains(("departmentId", "unknownDepartment"), errors);
        Assert.Contains(("roles", "unknownRole"), errors);
        Assert.Contains(("password", "weakPassword"), errors);
        Assert.Equal(0, await UserCountAsync("bad name!"));
    }

    [Fact]
    public async Task Partner_roles_and_partners_go_together()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var partnerId = await PartnerIdAsync(admin, FirstPartnerCode);

        var withoutPartner = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "p.none", displayName = "P", roles = new[] { "partner" }, password = StrongPassword }));
        var staffWithPartner = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "p.staff", displayName = "P", partnerId, roles = new[] { "finance" }, password = StrongPassword }));
        var mixed = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "p.mixed", displayName = "P", partnerId, roles = new[] { "partner", "admin" }, password = StrongPassword }));
        var good = await CreateUserAsync(admin, "p.good", ["partner-admin"], partnerId: partnerId);

        Assert.Contains(("partnerId", "partnerRequired"), withoutPartner);
        Assert.Contains(("roles", "partnerRoleRequired"), staffWithPartner);
        Assert.Contains(("roles", "staffRoleForPartner"), mixed);
        Assert.Equal(partnerId.ToString(), (string?)good["user"]!["partnerId"]);
        Assert.Equal("华东智联科技有限公司", (string?)good["user"]!["partnerName"]);
    }

    [Fact]
    public async Task Duplicate_user_names_are_refused_whatever_their_case()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var errors = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "MANAGER", displayName = "M", roles = new[] { "finance" }, password = StrongPassword }));

        Assert.Contains(("userName", "duplicateUserName"), errors);
    }

    [Fact]
    public async Task Changing_roles_renews_the_security_stamp_so_old_tokens_stop()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var created = await CreateUserAsync(admin, "role.change", ["finance"]);
        var id = (string)created["user"]!["id"]!;
        var stampBefore = await StampAsync(id);

        var response = await admin.PutAsJsonAsync($"/api/admin/users/{id}", new
        {
            userName = "role.change", displayName = "Renamed", email = "rc@example.com", culture = "zh-CN",
            departmentId = SampleDepartments.ChannelId, roles = new[] { "channel-manager", "designer" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = await response.ReadJsonAsync();
        Assert.Equal(["channel-manager", "designer"], user["roles"]!.AsArray().Select(r => (string)r!).ToArray());
        Assert.Equal("Renamed", (string?)user["displayName"]);
        Assert.NotEqual(stampBefore, await StampAsync(id));
        var actions = await AuditActionsAsync(id);
        Assert.Contains("user.updated", actions);
        Assert.Contains("user.roles-changed", actions);
    }

    [Fact]
    public async Task A_new_department_renews_the_stamp_and_a_new_display_name_does_not()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var id = (string)(await CreateUserAsync(admin, "dept.move", ["finance"], SampleDepartments.FinanceId))["user"]!["id"]!;
        var first = await StampAsync(id);

        await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { userName = "dept.move", displayName = "Only renamed", departmentId = SampleDepartments.FinanceId, roles = new[] { "finance" } });
        var afterRename = await StampAsync(id);
        await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { userName = "dept.move", displayName = "Only renamed", departmentId = SampleDepartments.MarketingId, roles = new[] { "finance" } });

        Assert.Equal(first, afterRename);
        Assert.NotEqual(afterRename, await StampAsync(id));
    }

    [Fact]
    public async Task An_admin_cannot_take_their_own_admin_role_or_disable_themselves()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var me = (await (await admin.GetAsync("/api/admin/users?search=admin&role=admin")).ReadJsonAsync())["items"]!.AsArray()
            .Single(u => (string?)u!["userName"] == "admin")!;
        var id = (string)me["id"]!;

        var errors = await ErrorsAsync(await admin.PutAsJsonAsync($"/api/admin/users/{id}",
            new { userName = "admin", displayName = "Administrator", roles = new[] { "designer" } }));
        var disable = await admin.PostAsync($"/api/admin/users/{id}/disable", null);

        Assert.Contains(("roles", "ownAdminRole"), errors);
        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
    }

    [Fact]
    public async Task The_list_pages_and_filters_by_department_role_partner_and_disabled()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var department = await CreateDepartmentAsync(admin, "筛选测试部");
        await CreateUserAsync(admin, "filter.a", ["finance"], department);
        var b = await CreateUserAsync(admin, "filter.b", ["designer"], department);
        await admin.PostAsync($"/api/admin/users/{(string)b["user"]!["id"]!}/disable", null);

        var inDepartment = await (await admin.GetAsync($"/api/admin/users?departmentId={department}&pageSize=1")).ReadJsonAsync();
        var designers = await (await admin.GetAsync($"/api/admin/users?departmentId={department}&role=designer")).ReadJsonAsync();
        var disabled = await (await admin.GetAsync($"/api/admin/users?departmentId={department}&disabled=true")).ReadJsonAsync();
        var partners = await (await admin.GetAsync($"/api/admin/users?partnerId={await PartnerIdAsync(admin, FirstPartnerCode)}")).ReadJsonAsync();
        var badPage = await ErrorsAsync(await admin.GetAsync("/api/admin/users?pageSize=1000"));

        Assert.Equal(2, (int)inDepartment["total"]!);
        Assert.Single(inDepartment["items"]!.AsArray());
        Assert.Equal("filter.b", (string?)designers["items"]![0]!["userName"]);
        Assert.True((bool)disabled["items"]![0]!["disabled"]!);
        Assert.Equal(1, (int)disabled["total"]!);
        Assert.Contains(partners["items"]!.AsArray(), u => (string?)u!["userName"] == "partner-admin");
        Assert.Contains(("pageSize", "range"), badPage);
    }

    [Fact]
    public async Task Custom_roles_follow_the_naming_pattern_and_can_be_given_to_users()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var created = await admin.PostAsJsonAsync("/api/admin/roles", new { name = "regional-manager" });
        var badName = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/roles", new { name = "Regional Manager" }));
        var duplicate = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/roles", new { name = "finance" }));
        var reserved = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/roles", new { name = "anonymous" }));
        var user = await CreateUserAsync(admin, "regional.one", ["regional-manager"]);
        var roles = (await (await admin.GetAsync("/api/admin/roles")).ReadJsonAsync()).AsArray();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(("name", "invalidRoleName"), badName);
        Assert.Contains(("name", "duplicateRole"), duplicate);
        Assert.Contains(("name", "reservedRole"), reserved);
        Assert.Equal("admin", (string?)roles[0]!["name"]);
        Assert.Contains(roles, r => (string?)r!["name"] == "regional-manager" && !(bool)r["builtIn"]! && (int)r["users"]! == 1);
        Assert.Equal("regional-manager", (string?)user["user"]!["roles"]![0]);
    }

    [Fact]
    public async Task A_user_disabled_here_can_no_longer_be_stored_in_a_member_field()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var id = (string)(await CreateUserAsync(admin, "member.field", ["finance"]))["user"]!["id"]!;
        const string orders = $"/api/forms/{ReferenceFieldForms.Orders}/records";
        var before = await manager.PostAsJsonAsync(orders, new { data = new JsonObject { ["owner"] = id } });

        await admin.PostAsync($"/api/admin/users/{id}/disable", null);
        var after = await ErrorsAsync(await manager.PostAsJsonAsync(orders, new { data = new JsonObject { ["owner"] = id } }));

        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.Contains(after, e => e.Path == "owner");
    }

    private async Task<string?> StampAsync(string userId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
    }

    private async Task<int> UserCountAsync(string userName)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Users.CountAsync(u => u.UserName == userName);
    }

    private async Task<List<string>> AuditActionsAsync(string objectId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ObjectId == objectId).Select(a => a.Action).ToListAsync();
    }
}
