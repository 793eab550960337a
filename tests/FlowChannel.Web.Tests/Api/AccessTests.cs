using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Setup;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api;

/// <summary>Object-level checks: a partner sees only their own data.</summary>
public sealed class AccessTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Partner_sees_neither_other_partners_nor_the_managers_inbox()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var partners = await applicant.GetFromJsonAsync<JsonArray>("/api/partners");
        Assert.Empty(partners!);
        var tasks = await applicant.GetFromJsonAsync<JsonArray>("/api/tasks");
        Assert.Empty(tasks!);

        var manager = await ApiClient.ManagerAsync(fixture.Host);
        Assert.Equal(6, (await manager.GetFromJsonAsync<JsonArray>("/api/partners"))!.Count);
    }

    [Fact]
    public async Task Someone_elses_record_and_instance_answer_404()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("隐私测试有限公司"))).ReadJsonAsync();
        var recordId = submission["recordId"]!.GetValue<string>();
        var instanceId = submission["workflowInstanceIds"]![0]!.GetValue<string>();

        var admin = await ApiClient.AdminAsync(fixture.Host);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/records/{recordId}")).StatusCode);

        var stranger = await CreatePartnerUserAsync("stranger");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/records/{recordId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/workflow-instances/{instanceId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/workflow-instances/{instanceId}")).StatusCode);
    }

    private async Task<HttpClient> CreatePartnerUserAsync(string userName)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<UserSeeder>();
        await seeder.EnsureUserAsync(userName, userName, "partner", FlowChannelHost.SamplePassword);
        return await ApiClient.SignInAsync(fixture.Host, userName, FlowChannelHost.SamplePassword);
    }
}
