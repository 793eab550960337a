using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Organisation;

/// <summary>Small helpers over <c>/api/admin</c> shared by the organisation tests.</summary>
public static class AdminCalls
{
    public const string StrongPassword = "Org-Test-Pass-42";

    /// <summary>Creates a user and returns the answer (user and generated password); fails the test on anything but 201.</summary>
    public static async Task<JsonNode> CreateUserAsync(HttpClient admin, string userName, string[] roles, Guid? departmentId = null,
        Guid? partnerId = null, string? password = StrongPassword)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = $"Test {userName}", email = $"{userName}@example.com", culture = "en", departmentId, partnerId, roles, password,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create {userName}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The (path, code) pairs of a 422 problem; fails the test on another status.</summary>
    public static async Task<IReadOnlyList<(string Path, string Code)>> ErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"expected 422, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["errors"]!.AsArray().Select(e => ((string)e!["path"]!, (string)e["code"]!)).ToList();
    }

    public static async Task<Guid> PartnerIdAsync(HttpClient admin, string creditCode)
    {
        var partners = (await (await admin.GetAsync("/api/admin/partners")).ReadJsonAsync()).AsArray();
        return Guid.Parse((string)partners.Single(p => (string?)p!["creditCode"] == creditCode)!["id"]!);
    }

    public static async Task<Guid> CreateDepartmentAsync(HttpClient admin, string name, Guid? parentId = null, string? nameEn = null)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/departments", new { name, nameEn, parentId });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create department {name}: {(int)response.StatusCode} {body}");
        return Guid.Parse((string)JsonNode.Parse(body)!["id"]!);
    }
}
