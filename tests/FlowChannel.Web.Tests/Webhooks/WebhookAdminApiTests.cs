using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Webhooks;

/// <summary>The webhook endpoints are for admins; bad input is refused by field and stores nothing.</summary>
public sealed class WebhookAdminApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly object Valid = new
    {
        formId = "partner-application", name = "CRM", url = "https://crm.example.com/hooks", events = new[] { "record.created" }, permissionSetKey = "channel-team",
    };

    [Theory]
    [InlineData("manager")]
    [InlineData("applicant")]
    [InlineData("partner-admin")]
    public async Task Only_admins_reach_the_webhook_endpoints(string userName)
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var id = (await (await admin.PostAsJsonAsync("/api/admin/webhooks", Valid)).ReadJsonAsync())["webhook"]!["id"]!.GetValue<string>();
        var user = await ApiClient.SignInAsync(fixture.Host, userName, FlowChannelHost.SamplePassword);
        var anonymous = fixture.Host.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/admin/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/admin/webhooks", Valid)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PutAsJsonAsync($"/api/admin/webhooks/{id}", Valid)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.DeleteAsync($"/api/admin/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/api/admin/webhooks/{id}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/admin/webhooks/{id}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/webhooks/{id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_webhook_input_is_refused_field_by_field_and_nothing_is_stored()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        int before;
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            before = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Webhooks.CountAsync();
        }

        var response = await admin.PostAsJsonAsync("/api/admin/webhooks", new
        {
            formId = "partner-application", name = "x", url = "ftp://crm", events = new[] { "record.created", "record.exploded" },
            permissionSetKey = "no-such-set", secret = "short",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string?)e!["path"]).ToList();
        Assert.Equal(["url", "events[1]", "permissionSetKey", "secret"], errors);
        var internalAddress = await admin.PostAsJsonAsync("/api/admin/webhooks", new
        {
            formId = "partner-application", name = "x", url = "http://169.254.169.254/latest", events = new[] { "record.created" }, permissionSetKey = "channel-team",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, internalAddress.StatusCode);
        await using var check = fixture.Host.Services.CreateAsyncScope();
        Assert.Equal(before, await check.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Webhooks.CountAsync());
    }
}
