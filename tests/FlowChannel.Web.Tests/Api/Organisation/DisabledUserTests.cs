using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using FlowChannel.Web.Tests.Security.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FlowChannel.Web.Tests.Api.Organisation.AdminCalls;

namespace FlowChannel.Web.Tests.Api.Organisation;

/// <summary>
/// Disabling a user shuts every door at once (cookie, bearer token, personal access token, new sign-ins) and keeps
/// everything they did. The host checks sessions on every request, so "at once" is visible here.
/// </summary>
public sealed class DisabledUserTests(AccountHostFixture fixture) : IClassFixture<AccountHostFixture>
{
    private const string SecondPartnerCode = "91440300MA5DC7XY3K";

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_or_use_any_token_and_their_records_remain()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var created = await CreateUserAsync(admin, "leaver", ["partner"], partnerId: await PartnerIdAsync(admin, SecondPartnerCode));
        var userId = (string)created["user"]!["id"]!;
        var bearer = await ApiClient.SignInAsync(fixture.Host, "leaver", StrongPassword);
        var submitted = await bearer.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("离职测试有限公司"));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var recordId = Guid.Parse((string)(await submitted.ReadJsonAsync())["recordId"]!);
        var pat = (string)(await (await bearer.PostAsJsonAsync("/api/tokens", new { name = "script", scope = "read", expiresInDays = 30 })).ReadJsonAsync())["token"]!;
        var patClient = fixture.Host.CreateClient();
        patClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", pat);
        var browser = BrowserForms.NewBrowser(fixture.Host);
        await BrowserForms.SignInAsync(browser, "leaver", StrongPassword);
        Assert.True(await BrowserForms.IsSignedInAsync(browser));
        Assert.Equal(HttpStatusCode.OK, (await patClient.GetAsync("/api/records/mine")).StatusCode);

        var disable = await admin.PostAsync($"/api/admin/users/{userId}/disable", null);

        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.True((bool)(await disable.ReadJsonAsync())["disabled"]!);
        Assert.False(await BrowserForms.IsSignedInAsync(browser));
        Assert.Equal("/login?error=locked&returnUrl=%2F", await BrowserForms.SignInAsync(BrowserForms.NewBrowser(fixture.Host), "leaver", StrongPassword));
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await fixture.Host.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "leaver", password = StrongPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/records/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await patClient.GetAsync("/api/records/mine")).StatusCode);

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            var record = await db.FormRecords.AsNoTracking().SingleAsync(r => r.Id == recordId);
            Assert.Equal(userId, record.CreatedByUserId);
            Assert.True(await db.Users.AnyAsync(u => u.Id == userId && u.DisabledAt != null));
            Assert.True(await db.AuditLog.AnyAsync(a => a.ObjectId == userId && a.Action == "user.disabled"));
        }
        var listed = await (await admin.GetAsync("/api/directory/users?q=leaver")).ReadJsonAsync();
        Assert.Empty(listed.AsArray());
    }

    [Fact]
    public async Task An_enabled_user_signs_in_again()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var userId = (string)(await CreateUserAsync(admin, "returner", ["finance"]))["user"]!["id"]!;
        await admin.PostAsync($"/api/admin/users/{userId}/disable", null);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await fixture.Host.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "returner", password = StrongPassword })).StatusCode);

        var enable = await admin.PostAsync($"/api/admin/users/{userId}/enable", null);

        Assert.False((bool)(await enable.ReadJsonAsync())["disabled"]!);
        var client = await ApiClient.SignInAsync(fixture.Host, "returner", StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/records/mine")).StatusCode);
    }
}
