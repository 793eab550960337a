using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>The walking skeleton through the real HTTP host: submit, task, decision, partner profile.</summary>
public sealed class PartnerApplicationFlowTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Approved_application_creates_an_active_partner_profile()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);

        var submitted = await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("审批通过科技有限公司"));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var submission = await submitted.ReadJsonAsync();
        var recordId = submission["recordId"]!.GetValue<string>();
        var instanceId = submission["workflowInstanceIds"]![0]!.GetValue<string>();

        var task = await FindOpenTaskAsync(manager, recordId);
        // The step names the channel-manager role; each member gets a task of their own.
        Assert.Null(task["role"]);
        Assert.NotNull(task["assigneeUserId"]);
        Assert.Equal("inReview", (await applicant.GetFromJsonAsync<JsonObject>($"/api/records/{recordId}"))!["status"]!.GetValue<string>());

        var approved = await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "approve", comment = "资质齐全" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var record = await applicant.GetFromJsonAsync<JsonObject>($"/api/records/{recordId}");
        Assert.Equal("approved", record!["status"]!.GetValue<string>());
        var partners = await applicant.GetFromJsonAsync<JsonArray>("/api/partners");
        var profile = Assert.Single(partners!, p => p!["data"]!["companyName"]!.GetValue<string>() == "审批通过科技有限公司")!;
        Assert.Equal("active", profile["data"]!["status"]!.GetValue<string>());
        Assert.Equal("core", profile["data"]!["tier"]!.GetValue<string>());
        // The applicant joined the new partner; the profile's internal fields stay hidden from the partner's own users.
        Assert.False(profile["data"]!.AsObject().ContainsKey("applicationRecordId"));
        Assert.False(profile["data"]!.AsObject().ContainsKey("screeningScore"));
        var managed = await manager.GetFromJsonAsync<JsonObject>($"/api/records/{profile["id"]}");
        Assert.Equal(recordId, managed!["data"]!["applicationRecordId"]!.GetValue<string>());

        var instance = await manager.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", instance!["status"]!.GetValue<string>());
        Assert.Equal("Finished", instance["subStatus"]!.GetValue<string>());
        Assert.NotEmpty(instance["journal"]!.AsArray());
        Assert.Empty(instance["incidents"]!.AsArray());
        var applicantView = await applicant.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", applicantView!["status"]!.GetValue<string>());
        Assert.Null(applicantView["journal"]);
        Assert.Null(applicantView["variables"]);

        var completed = await manager.GetFromJsonAsync<JsonArray>("/api/tasks?status=completed");
        var done = Assert.Single(completed!, t => t!["id"]!.GetValue<string>() == task["id"]!.GetValue<string>())!;
        Assert.Equal("Approved", done["outcome"]!.GetValue<string>());
        Assert.Equal("资质齐全", done["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task Manager_rejection_marks_the_application_rejected_with_the_comment()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("驳回测试有限公司"))).ReadJsonAsync();
        var recordId = submission["recordId"]!.GetValue<string>();
        var task = await FindOpenTaskAsync(manager, recordId);

        var withoutComment = await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "reject" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutComment.StatusCode);

        var rejected = await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "reject", comment = "区域已饱和" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var record = await applicant.GetFromJsonAsync<JsonObject>($"/api/records/{recordId}");
        Assert.Equal("rejected", record!["status"]!.GetValue<string>());
        Assert.Equal("区域已饱和", record["statusComment"]!.GetValue<string>());
        var partners = await manager.GetFromJsonAsync<JsonArray>("/api/partners");
        Assert.DoesNotContain(partners!, p => p!["data"]!["companyName"]!.GetValue<string>() == "驳回测试有限公司");
    }

    [Fact]
    public async Task Application_failing_the_credit_gate_is_rejected_without_a_task()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.FailsCreditGate())).ReadJsonAsync();
        var recordId = submission["recordId"]!.GetValue<string>();

        var record = await applicant.GetFromJsonAsync<JsonObject>($"/api/records/{recordId}");
        Assert.Equal("rejected", record!["status"]!.GetValue<string>());
        var tasks = await manager.GetFromJsonAsync<JsonArray>("/api/tasks?status=open");
        Assert.DoesNotContain(tasks!, t => t!["recordId"]?.GetValue<string>() == recordId);
        var messages = await applicant.GetFromJsonAsync<JsonArray>("/api/notifications");
        Assert.Contains(messages!, m => m!["body"]!.GetValue<string>().Contains("风险测试贸易有限公司", StringComparison.Ordinal));
        Assert.DoesNotContain((await manager.GetFromJsonAsync<JsonArray>("/api/notifications"))!,
            m => m!["body"]!.GetValue<string>().Contains("风险测试贸易有限公司", StringComparison.Ordinal));
    }

    internal static async Task<JsonObject> FindOpenTaskAsync(HttpClient manager, string recordId)
    {
        var tasks = await manager.GetFromJsonAsync<JsonArray>("/api/tasks?status=open");
        return Assert.Single(tasks!, t => t!["recordId"]?.GetValue<string>() == recordId)!.AsObject();
    }
}
