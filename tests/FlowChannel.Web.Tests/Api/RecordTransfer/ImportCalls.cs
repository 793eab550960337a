using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowChannel.Web.Tests.Api.RecordTransfer;

/// <summary>The import test form (published through the form API) and the calls of an import: upload, run, poll.</summary>
internal static class ImportCalls
{
    public const string FormId = "imp-orders";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public const string Schema = """
        {
          "id": "imp-orders", "version": 1, "title": {"zh-CN": "导入订单", "en": "Import orders"},
          "printTemplate": {
            "en": "<h1>{{ form.title }}</h1><p class=\"no\">{{ record.data.orderNo }}</p>{% for f in record.fields %}<p>{{ f.label }}={{ f.value }}</p>{% endfor %}",
            "zh-CN": "<h1>打印：{{ form.title }}</h1><p class=\"no\">{{ record.data.orderNo }}</p>"
          },
          "fields": [
            {"key": "orderNo", "type": "text", "label": {"zh-CN": "订单号", "en": "Order no"}, "required": true, "unique": true, "maxLength": 12},
            {"key": "amount", "type": "number", "label": {"zh-CN": "金额", "en": "Amount"}},
            {"key": "status", "type": "select", "label": {"zh-CN": "状态", "en": "Status"},
             "options": [{"value": "open", "label": {"zh-CN": "进行中", "en": "Open"}}, {"value": "closed", "label": {"zh-CN": "已关闭", "en": "Closed"}}]},
            {"key": "due", "type": "date", "label": {"zh-CN": "到期日", "en": "Due"}},
            {"key": "owner", "type": "member", "label": {"zh-CN": "负责人", "en": "Owner"}},
            {"key": "urgent", "type": "switch", "label": {"zh-CN": "加急", "en": "Urgent"}},
            {"key": "note", "type": "text", "label": "Note"},
            {"key": "audit", "type": "text", "label": "Audit", "readOnly": true},
            {"key": "secret", "type": "text", "label": "Secret", "hidden": true, "defaultValue": "TOPSECRET"},
            {"key": "seq", "type": "serial", "label": "Seq", "format": "IMP-{seq:4}"}
          ]
        }
        """;

    public static async Task EnsurePublishedAsync(WebApplicationFactory<Program> host)
    {
        await Gate.WaitAsync();
        try
        {
            var admin = await ApiClient.AdminAsync(host);
            if ((await admin.GetAsync($"/api/forms/{FormId}")).StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            var saved = await admin.PutAsJsonAsync($"/api/forms/{FormId}/draft", JsonNode.Parse(Schema));
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            var published = await admin.PostAsync($"/api/forms/{FormId}/publish", null);
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }
        finally
        {
            Gate.Release();
        }
    }

    public static Task<HttpResponseMessage> UploadCsvAsync(HttpClient client, string csv, string formId = FormId) =>
        UploadAsync(client, Encoding.UTF8.GetBytes(csv), "text/csv", formId);

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string mediaType, string formId = FormId)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return client.PostAsync($"/api/forms/{formId}/imports?fileName=orders", body);
    }

    /// <summary>Uploads, runs and waits for the run to finish; returns the finished job.</summary>
    public static async Task<JsonNode> ImportAsync(HttpClient client, string csv, bool dryRun, string mode = "allOrNothing", object? mapping = null)
    {
        var uploaded = await UploadCsvAsync(client, csv);
        Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var id = (string)(await uploaded.ReadJsonAsync())["id"]!;
        return await RunAsync(client, id, dryRun, mode, mapping);
    }

    public static async Task<JsonNode> RunAsync(HttpClient client, string id, bool dryRun, string mode = "allOrNothing", object? mapping = null)
    {
        var started = await client.PostAsJsonAsync($"/api/imports/{id}/runs", new { dryRun, mode, mapping });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        for (var i = 0; i < 600; i++)
        {
            var job = await (await client.GetAsync($"/api/imports/{id}")).ReadJsonAsync();
            if ((string)job["state"]! is not ("checking" or "importing"))
            {
                return job;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not finish within a minute.");
    }

    /// <summary>The report's errors as (row, column, code).</summary>
    public static (int, string?, string)[] Errors(JsonNode job) =>
        [.. job["report"]!["errors"]!.AsArray().Select(e => ((int)e!["row"]!, (string?)e["column"], (string)e["code"]!))];

    public static async Task<JsonArray> RecordsAsync(HttpClient client)
    {
        var page = await (await client.GetAsync($"/api/forms/{FormId}/records?pageSize=200")).ReadJsonAsync();
        return page is JsonArray array ? array : page["items"]!.AsArray();
    }
}
