using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Security.Authorization;

/// <summary>Calls the fixture makes while setting up: each must succeed, and a failure says what the server answered.</summary>
internal static class AuthzHttp
{
    public static async Task<JsonNode> PostOkAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> PutOkAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PutAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"PUT {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Submits a record and answers its id.</summary>
    public static async Task<Guid> SubmitAsync(this HttpClient client, string formId, JsonObject data) =>
        Guid.Parse((await client.PostOkAsync($"/api/forms/{formId}/records", new { data }))["recordId"]!.GetValue<string>());

    /// <summary>Uploads a small PDF as the client's user and answers the attachment value a record holds.</summary>
    public static async Task<JsonObject> UploadPdfAsync(this HttpClient client, string name)
    {
        using var content = new ByteArrayContent("%PDF-1.4 authz"u8.ToArray());
        content.Headers.ContentType = new("application/pdf");
        using var form = new MultipartFormDataContent { { content, "file", name } };
        var response = await client.PostAsync("/api/files", form);
        var stored = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, stored.ToJsonString());
        return new JsonObject
        {
            ["id"] = stored["id"]!.DeepClone(), ["name"] = name, ["size"] = stored["size"]!.DeepClone(), ["contentType"] = stored["contentType"]!.DeepClone(),
        };
    }
}
