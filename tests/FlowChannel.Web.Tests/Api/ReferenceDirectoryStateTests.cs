using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api;

/// <summary>A locked-out user and a deactivated department can no longer be picked or stored.</summary>
public sealed class ReferenceDirectoryStateTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private const string Orders = $"/api/forms/{ReferenceFieldForms.Orders}/records";

    [Fact]
    public async Task Locked_out_users_and_inactive_departments_are_refused_and_not_offered()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        string lockedId;
        var retiredDepartment = new Department { Name = "已撤销部门", NameEn = "Dissolved", IsActive = false };
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>();
            var locked = new FlowChannelUser { UserName = "locked-out", DisplayName = "Locked Person", Email = "locked@example.com" };
            Assert.True((await users.CreateAsync(locked, "Locked-Person-1")).Succeeded);
            await users.SetLockoutEnabledAsync(locked, true);
            await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddDays(1));
            lockedId = locked.Id;
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            db.Departments.Add(retiredDepartment);
            await db.SaveChangesAsync();
        }

        var response = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["owner"] = lockedId,
            ["dept"] = retiredDepartment.Id.ToString(),
        } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var paths = (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>());
        Assert.Equal(["dept", "owner"], paths.Order(StringComparer.Ordinal));
        Assert.Empty((await manager.GetFromJsonAsync<JsonArray>("/api/directory/users?q=locked"))!);
        Assert.Empty((await manager.GetFromJsonAsync<JsonArray>("/api/directory/departments?q=dissolved"))!);
    }
}
