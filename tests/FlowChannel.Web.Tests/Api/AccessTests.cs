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
        Assert.DoesNotContain(partners!, p => p!["data"]!["companyName"]!.GetValue<string>() == "华东智联科技有限公司");
        Assert.DoesNotContain(partners!, p => p!["ownerUserId"] is null);
        var tasks = await applicant.GetFromJsonAsync<JsonArray>("/api/tasks");
        Assert.Empty(tasks!);

        var manager = await ApiClient.ManagerAsync(fixture.Host);
        Assert.Contains((await manager.GetFromJsonAsync<JsonArray>("/api/partners"))!,
            p => p!["data"]!["companyName"]!.GetValue<string>() == "华东智联科技有限公司");
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
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(manager, recordId);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/tasks/{task["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/tasks/{task["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/workflow-instances/{instanceId}")).StatusCode);
    }

    [Fact]
    public async Task Attachments_belong_to_their_uploader_and_keep_the_stored_metadata()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var stranger = await CreatePartnerUserAsync("uploader-stranger");
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent("licence"u8.ToArray()), "file", "licence.pdf" },
        };
        var uploaded = await applicant.PostAsync("/api/files", upload);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var fileId = (await uploaded.ReadJsonAsync())["id"]!.GetValue<string>();

        Assert.Equal("licence", await applicant.GetStringAsync($"/api/files/{fileId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/files/{fileId}")).StatusCode);

        var borrowed = Applications.Strong("借用附件有限公司");
        borrowed["data"]!["qualifications"] = new JsonArray(new JsonObject { ["id"] = fileId, ["name"] = "x.pdf", ["size"] = 1 });
        var refused = await stranger.PostAsJsonAsync("/api/forms/partner-application/records", borrowed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("qualifications[0].id", (await refused.ReadJsonAsync())["errors"]![0]!["path"]!.GetValue<string>());

        var own = Applications.Strong("自有附件有限公司");
        own["data"]!["qualifications"] = new JsonArray(new JsonObject { ["id"] = fileId, ["name"] = "营业执照.exe", ["size"] = 99999 });
        var accepted = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", own)).ReadJsonAsync();
        var record = await applicant.GetFromJsonAsync<JsonObject>($"/api/records/{accepted["recordId"]}");
        var stored = record!["data"]!["qualifications"]![0]!;
        Assert.Equal("licence.pdf", stored["name"]!.GetValue<string>());
        Assert.Equal(7, stored["size"]!.GetValue<long>());
    }

    private async Task<HttpClient> CreatePartnerUserAsync(string userName)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<UserSeeder>();
        await seeder.EnsureUserAsync(userName, userName, "partner", FlowChannelHost.SamplePassword);
        return await ApiClient.SignInAsync(fixture.Host, userName, FlowChannelHost.SamplePassword);
    }
}
