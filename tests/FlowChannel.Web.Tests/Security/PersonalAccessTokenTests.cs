using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Security;

/// <summary>Personal access tokens through the real API: shown once, stored hashed, scoped, revocable.</summary>
public sealed class PersonalAccessTokenTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private async Task<(string Id, string Token)> CreateAsync(string scope)
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var response = await applicant.PostAsJsonAsync("/api/tokens", new { name = $"script {scope}", scope, expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return ((string)body["details"]!["id"]!, (string)body["token"]!);
    }

    private HttpClient With(string token)
    {
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_read_token_reads_as_its_owner_and_may_not_write()
    {
        var (_, token) = await CreateAsync("read");
        var client = With(token);

        Assert.StartsWith("fcp_", token, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/records/mine")).StatusCode);
        var write = await client.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("令牌只读测试有限公司"));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task A_write_token_submits_but_cannot_make_more_tokens()
    {
        var (_, token) = await CreateAsync("write");
        var client = With(token);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("令牌写入测试有限公司"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/tokens", new { name = "more", scope = "write" })).StatusCode);
    }

    [Fact]
    public async Task Only_the_hash_is_stored_and_a_revoked_token_stops_working()
    {
        var (id, token) = await CreateAsync("read");
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().PersonalAccessTokens.AsNoTracking().SingleAsync(t => t.Id == Guid.Parse(id));
            Assert.DoesNotContain(token, stored.TokenHash + stored.Prefix + stored.Name, StringComparison.Ordinal);
            Assert.Equal(64, stored.TokenHash.Length);
        }

        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var listed = (await applicant.GetFromJsonAsync<JsonArray>("/api/tokens"))!;
        Assert.DoesNotContain(token, listed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ApiClient.ManagerAsync(fixture.Host)).DeleteAsync($"/api/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.DeleteAsync($"/api/tokens/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await With(token).GetAsync("/api/records/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await With("fcp_not-a-token").GetAsync("/api/records/mine")).StatusCode);
    }

    [Fact]
    public async Task Bad_token_requests_name_each_field()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);

        var response = await applicant.PostAsJsonAsync("/api/tokens", new { name = "", scope = "admin", expiresInDays = 1000 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var paths = (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string)e!["path"]!).Order(StringComparer.Ordinal);
        Assert.Equal(["expiresInDays", "name", "scope"], paths);
    }
}
