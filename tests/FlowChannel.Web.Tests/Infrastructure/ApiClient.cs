using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowChannel.Web.Tests.Infrastructure;

/// <summary>Signs in through the token endpoint and calls the API as that user.</summary>
public static class ApiClient
{
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string userName, string password)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpClient> ManagerAsync(WebApplicationFactory<Program> host) => SignInAsync(host, "manager", FlowChannelHost.SamplePassword);

    public static Task<HttpClient> ApplicantAsync(WebApplicationFactory<Program> host) => SignInAsync(host, "applicant", FlowChannelHost.SamplePassword);

    public static Task<HttpClient> AdminAsync(WebApplicationFactory<Program> host) => SignInAsync(host, "admin", FlowChannelHost.AdminPassword);

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");
}
