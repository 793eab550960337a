using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Packs;

/// <summary>Builds pack files and .zip archives in the test, and counts what a pack could change.</summary>
internal static class TestPacks
{
    public static string Manifest(string id, string version, IEnumerable<string> forms, IEnumerable<string>? workflows = null,
        string roles = "[]", string? sampleData = null, string minimum = "1.0.0", IEnumerable<string>? dashboards = null) => $$"""
        {
          "id": "{{id}}", "version": "{{version}}",
          "name": { "zh-CN": "测试包 {{id}}", "en": "Test pack {{id}}" },
          "minimumFlowChannelVersion": "{{minimum}}",
          "contents": {
            "forms": [{{Quoted(forms)}}], "workflows": [{{Quoted(workflows ?? [])}}], "dashboards": [{{Quoted(dashboards ?? [])}}],
            "roles": {{roles}}{{(sampleData is null ? "" : $", \"sampleData\": \"{sampleData}\"")}}
          }
        }
        """;

    /// <summary>A small form; <paramref name="extraFields"/> is appended to its field list (with a leading comma).</summary>
    public static string Form(string id, int version, string extraFields = "", string permissions = "") => $$"""
        {
          "id": "{{id}}", "version": {{version}}, "title": { "zh-CN": "订单 {{id}}", "en": "Order {{id}}" },
          {{(permissions.Length > 0 ? $"\"permissions\": {permissions}," : "")}}
          "fields": [
            { "key": "customer", "type": "text", "label": { "zh-CN": "客户", "en": "Customer" }, "required": true },
            { "key": "amount", "type": "number", "label": { "zh-CN": "金额", "en": "Amount" } }{{extraFields}}
          ]
        }
        """;

    /// <summary>A workflow started by a submission of <paramref name="formId"/> that waits on a channel manager's approval.</summary>
    public static string Workflow(string definitionId, int version, string formId, string title = "Review") => $$"""
        {
          "id": "{{definitionId}}-v{{version}}", "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": {{version}}, "isPublished": true,
          "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [
            { "id": "submitted", "type": "FlowChannel.FormSubmitted", "version": 1, "customProperties": { "canStartWorkflow": true },
              "formId": { "typeName": "String", "expression": { "type": "Literal", "value": "{{formId}}" } } },
            { "id": "review", "type": "FlowChannel.Approval", "version": 1,
              "title": { "typeName": "String", "expression": { "type": "Literal", "value": "{{title}} v{{version}}" } },
              "role": { "typeName": "String", "expression": { "type": "Literal", "value": "channel-manager" } },
              "recordId": { "typeName": "String", "expression": { "type": "JavaScript", "value": "getInput('record').id" } } }
          ], "connections": [ { "source": { "activity": "submitted", "port": "Done" }, "target": { "activity": "review", "port": "In" } } ] }
        }
        """;

    public static byte[] Zip(params (string Path, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return buffer.ToArray();
    }

    public static Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] zip, bool dryRun = false, bool sampleData = false)
    {
        var content = new ByteArrayContent(zip);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return client.PostAsync($"/api/packs/import?dryRun={(dryRun ? "true" : "false")}&sampleData={(sampleData ? "true" : "false")}", content);
    }

    /// <summary>Row counts of everything an install writes; equal before and after means nothing was written.</summary>
    public static async Task<string> SnapshotAsync(FlowChannelHost host)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return string.Join(",",
            await db.FormDefinitions.CountAsync(), await db.WorkflowDefinitions.CountAsync(), await db.WorkflowTriggers.CountAsync(),
            await db.Roles.CountAsync(), await db.FormPermissionSets.CountAsync(), await db.InstalledPacks.CountAsync(),
            await db.InstalledPackFiles.CountAsync(), await db.FormRecords.CountAsync(), await db.AuditLog.CountAsync(a => a.Action.StartsWith("pack.")));
    }

    private static string Quoted(IEnumerable<string> items) => string.Join(", ", items.Select(i => $"\"{i}\""));
}
