using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Audit;

/// <summary>The audit log API: administrators only, newest first, filtered on the server, and its chain verifies.</summary>
public sealed class AuditApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Only_administrators_may_read_or_verify_the_audit_log()
    {
        foreach (var caller in new[] { await ApiClient.ManagerAsync(fixture.Host), await ApiClient.ApplicantAsync(fixture.Host) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/api/admin/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.PostAsync("/api/admin/audit/verify", null)).StatusCode);
        }

        var anonymous = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/admin/audit/verify", null)).StatusCode);

        var admin = await ApiClient.AdminAsync(fixture.Host);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/admin/audit/verify", null)).StatusCode);
    }

    [Fact]
    public async Task First_start_and_token_actions_are_in_the_log_newest_first_and_the_chain_verifies()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var created = await (await applicant.PostAsJsonAsync("/api/tokens", new { name = "audit script", scope = "read", expiresInDays = 5 })).ReadJsonAsync();
        var tokenId = (string)created["details"]!["id"]!;
        (await applicant.DeleteAsync($"/api/tokens/{tokenId}")).EnsureSuccessStatusCode();

        var everything = await AuditLogClient.EntriesAsync(admin);
        var actions = everything.Select(e => (string)e!["action"]!).ToList();
        Assert.Contains("pack.install", actions);
        Assert.Contains("user.create", actions);
        var sequences = everything.Select(e => (long)e!["sequence"]!).ToList();
        Assert.Equal(sequences.OrderDescending(), sequences);

        var tokenEntries = await AuditLogClient.EntriesAsync(admin, $"objectType=PersonalAccessToken&objectId={tokenId}");
        Assert.Equal(["token.revoke", "token.create"], tokenEntries.Select(e => (string)e!["action"]!));
        Assert.All(tokenEntries, e => Assert.Equal("applicant", (string?)e!["userName"]));
        Assert.DoesNotContain((string)created["token"]!, everything.ToJsonString(), StringComparison.Ordinal);

        var report = await AuditLogClient.VerifyAsync(admin);
        Assert.True((bool)report["intact"]!, report.ToJsonString());
        Assert.True((long)report["count"]! >= everything.Count);
    }

    [Fact]
    public async Task Exporting_a_workflow_definition_is_audited()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);

        (await admin.GetAsync("/api/workflow-definitions/partner-application/export")).EnsureSuccessStatusCode();

        var entry = Assert.Single(await AuditLogClient.EntriesAsync(admin, "action=workflow.export&objectId=partner-application"));
        Assert.Equal("admin", (string?)entry!["userName"]);
        Assert.Equal("WorkflowDefinition", (string)entry["objectType"]!);
    }

    [Fact]
    public async Task Filters_by_user_action_prefix_and_time_and_pages()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await ApiClient.ManagerAsync(fixture.Host);
        var applicantId = await AuditLogClient.UserIdAsync(fixture.Host, "applicant");

        var byName = await AuditLogClient.EntriesAsync(admin, "userId=manager&action=token.");
        Assert.NotEmpty(byName);
        Assert.All(byName, e => Assert.Equal("token.succeeded", (string)e!["action"]!));
        Assert.All(byName, e => Assert.Equal("manager", (string?)e!["userName"]));
        Assert.All(await AuditLogClient.EntriesAsync(admin, $"userId={applicantId}"), e => Assert.Equal(applicantId, (string?)e!["userId"]));

        var future = DateTime.UtcNow.AddDays(1).ToString("O", CultureInfo.InvariantCulture);
        Assert.Empty(await AuditLogClient.EntriesAsync(admin, $"from={Uri.EscapeDataString(future)}"));
        Assert.NotEmpty(await AuditLogClient.EntriesAsync(admin, $"to={Uri.EscapeDataString(future)}"));

        var page = await (await admin.GetAsync("/api/admin/audit?pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal(2, page["items"]!.AsArray().Count);
        Assert.True((int)page["total"]! > 4);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.GetAsync("/api/admin/audit?pageSize=500")).StatusCode);
    }
}
