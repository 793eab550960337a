using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api;

public sealed class SubmissionValidationTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Invalid_submission_answers_422_with_field_paths_and_stores_nothing()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var before = await CountAsync();
        var body = Applications.Strong();
        var data = body["data"]!.AsObject();
        data["creditCode"] = "123";
        data["contactEmail"] = "not-an-email";
        data["industries"] = new JsonArray("manufacturing", "spaceships");
        data.Remove("companyName");

        var response = await applicant.PostAsJsonAsync("/api/forms/partner-application/records", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var paths = (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("companyName", paths);
        Assert.Contains("creditCode", paths);
        Assert.Contains("contactEmail", paths);
        Assert.Contains("industries[1]", paths);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Unknown_form_answers_404_and_missing_token_answers_401()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.PostAsJsonAsync("/api/forms/no-such-form/records", Applications.Strong())).StatusCode);

        var anonymous = fixture.Host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task Schema_check_answers_ok_or_422_with_every_pointer()
    {
        var client = await ApiClient.ApplicantAsync(fixture.Host);
        var good = await client.PostAsync("/api/forms/check", new StringContent(
            File.ReadAllText(FlowChannel.TestSupport.RepositoryPaths.Combine("form-schemas", "partner-profile.form.json")),
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("partner-profile", (await good.ReadJsonAsync())["id"]!.GetValue<string>());

        var bad = await client.PostAsJsonAsync("/api/forms/check", JsonNode.Parse("""{"id": "x-1", "title": "X", "fields": [{"key": "n", "type": "number", "label": "N", "min": 5, "max": 1}, {"key": "s", "type": "serial", "label": "S"}]}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var paths = (await bad.ReadJsonAsync())["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("/fields/1/format", paths);
        Assert.Contains(paths, p => p.StartsWith("/fields/0/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_401()
    {
        var client = fixture.Host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "manager", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Partner_may_not_write_partner_profiles_directly()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var response = await applicant.PostAsJsonAsync("/api/forms/partner-profile/records", new { data = new { companyName = "X" } });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> CountAsync()
    {
        using var scope = fixture.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.FormRecords.CountAsync() + await db.WorkflowInstances.CountAsync();
    }
}
