using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Api.Organisation.AdminCalls;

namespace FlowChannel.Web.Tests.Api.Organisation;

/// <summary>The department tree through <c>/api/admin/departments</c>: names, moves without cycles, heads, deactivation.</summary>
public sealed class DepartmentApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Departments_nest_rename_in_both_languages_and_list_with_paths()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var sales = await CreateDepartmentAsync(admin, "销售部", nameEn: "Sales");
        var east = await CreateDepartmentAsync(admin, "华东区", sales);

        var rename = await admin.PutAsJsonAsync($"/api/admin/departments/{east}", new { name = "华东大区", nameEn = "East" });
        var duplicate = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/departments", new { name = "华东大区", parentId = sales }));
        var slash = await ErrorsAsync(await admin.PostAsJsonAsync("/api/admin/departments", new { name = "a/b" }));

        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        var node = await FindAsync(admin, east);
        Assert.Equal("销售部/华东大区", (string?)node["path"]);
        Assert.Equal("East", (string?)node["nameEn"]);
        Assert.Equal(sales.ToString(), (string?)node["parentId"]);
        Assert.Contains(("name", "duplicateName"), duplicate);
        Assert.Contains(("name", "invalidName"), slash);
    }

    [Fact]
    public async Task Moving_a_department_under_its_own_branch_is_refused_as_a_cycle()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var top = await CreateDepartmentAsync(admin, "环路顶");
        var middle = await CreateDepartmentAsync(admin, "环路中", top);
        var bottom = await CreateDepartmentAsync(admin, "环路底", middle);

        var intoGrandchild = await ErrorsAsync(await admin.PostAsJsonAsync($"/api/admin/departments/{top}/move", new { parentId = bottom }));
        var intoItself = await ErrorsAsync(await admin.PostAsJsonAsync($"/api/admin/departments/{top}/move", new { parentId = top }));
        var toRoot = await admin.PostAsJsonAsync($"/api/admin/departments/{bottom}/move", new { parentId = (Guid?)null });

        Assert.Equal([("parentId", "cycle")], intoGrandchild);
        Assert.Equal([("parentId", "cycle")], intoItself);
        Assert.Equal(HttpStatusCode.OK, toRoot.StatusCode);
        Assert.Null((string?)(await FindAsync(admin, bottom))["parentId"]);
        Assert.Null((string?)(await FindAsync(admin, top))["parentId"]);
    }

    [Fact]
    public async Task The_head_must_be_an_active_staff_user()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var department = await CreateDepartmentAsync(admin, "有负责人部");
        var head = await CreateUserAsync(admin, "head.one", ["channel-director"], department);
        var gone = await CreateUserAsync(admin, "head.gone", ["finance"]);
        await admin.PostAsync($"/api/admin/users/{(string)gone["user"]!["id"]!}/disable", null);

        var set = await admin.PostAsJsonAsync($"/api/admin/departments/{department}/head", new { userId = (string)head["user"]!["id"]! });
        var disabled = await ErrorsAsync(await admin.PostAsJsonAsync($"/api/admin/departments/{department}/head", new { userId = (string)gone["user"]!["id"]! }));
        var unknown = await ErrorsAsync(await admin.PostAsJsonAsync($"/api/admin/departments/{department}/head", new { userId = "nobody" }));

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal("Test head.one", (string?)(await FindAsync(admin, department))["headName"]);
        Assert.Equal([("userId", "userDisabled")], disabled);
        Assert.Equal([("userId", "unknownUser")], unknown);
    }

    [Fact]
    public async Task Deactivating_waits_for_its_active_users_and_says_how_many_block_it()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var department = await CreateDepartmentAsync(admin, "待撤销部");
        var member = await CreateUserAsync(admin, "member.one", ["finance"], department);
        await CreateUserAsync(admin, "member.two", ["finance"], department);

        var blocked = await admin.PostAsync($"/api/admin/departments/{department}/deactivate", null);
        var problem = await blocked.Content.ReadAsStringAsync();
        foreach (var userName in new[] { "member.one", "member.two" })
        {
            var id = (string)(await (await admin.GetAsync($"/api/admin/users?search={userName}")).ReadJsonAsync())["items"]![0]!["id"]!;
            await admin.PostAsync($"/api/admin/users/{id}/disable", null);
        }
        var done = await admin.PostAsync($"/api/admin/departments/{department}/deactivate", null);
        var assign = await ErrorsAsync(await admin.PutAsJsonAsync($"/api/admin/users/{(string)member["user"]!["id"]!}",
            new { userName = "member.one", displayName = "M", departmentId = department, roles = new[] { "finance" } }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        Assert.Contains("hasActiveUsers", problem, StringComparison.Ordinal);
        Assert.Contains("2 active user(s)", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.False((bool)(await FindAsync(admin, department))["isActive"]!);
        Assert.Contains(("departmentId", "unknownDepartment"), assign);
    }

    [Fact]
    public async Task People_who_are_not_admins_cannot_change_departments()
    {
        var manager = await ApiClient.ManagerAsync(fixture.Host);

        var response = await manager.PostAsJsonAsync("/api/admin/departments", new { name = "越权部" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<JsonNode> FindAsync(HttpClient admin, Guid id) =>
        (await (await admin.GetAsync("/api/admin/departments")).ReadJsonAsync()).AsArray().Single(d => (string?)d!["id"] == id.ToString())!;
}
