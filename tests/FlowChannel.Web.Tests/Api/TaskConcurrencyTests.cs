using System.Net;
using System.Net.Http.Json;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

public sealed class TaskConcurrencyTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Twenty_concurrent_approvals_of_one_task_let_exactly_one_win()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var managerA = await ApiClient.ManagerAsync(fixture.Host);
        var managerB = await ApiClient.AdminAsync(fixture.Host);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("并发测试有限公司"))).ReadJsonAsync();
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(managerA, submission["recordId"]!.GetValue<string>());
        var url = $"/api/tasks/{task["id"]}/actions";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? managerA : managerB).PostAsJsonAsync(url, new { action = "approve", comment = $"#{i}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var partners = await managerA.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/partners");
        Assert.Single(partners!, p => p!["data"]!["companyName"]!.GetValue<string>() == "并发测试有限公司");
    }

    [Fact]
    public async Task Acting_on_a_completed_task_answers_409_and_a_partner_gets_403()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("重复审批有限公司"))).ReadJsonAsync();
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(manager, submission["recordId"]!.GetValue<string>());
        var url = $"/api/tasks/{task["id"]}/actions";

        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsJsonAsync(url, new { action = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync(url, new { action = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync(url, new { action = "approve" })).StatusCode);
    }
}
