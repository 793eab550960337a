using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Audit;

/// <summary>The admin's view of the audit log through the API.</summary>
internal static class AuditLogClient
{
    public static async Task<JsonArray> EntriesAsync(HttpClient admin, string query = "")
    {
        var response = await admin.GetAsync($"/api/admin/audit?pageSize=200&{query}");
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync())["items"]!.AsArray();
    }

    public static async Task<JsonNode> VerifyAsync(HttpClient admin)
    {
        var response = await admin.PostAsync("/api/admin/audit/verify", null);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    public static async Task<string> UserIdAsync(FlowChannelHost host, string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<FlowChannelUser>>().FindByNameAsync(userName);
        return user!.Id;
    }

    public static Task<HttpResponseMessage> TokenSignInAsync(HttpClient anonymous, string userName, string password) =>
        anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password });
}
