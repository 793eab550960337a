using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>
/// An approver whose step makes file fields and subforms editable changes them on the task, and an editor changes
/// them on the record: files the record already holds may stay (with their stored name and size, whatever the client
/// sends) or go; a file added must be the editor's own upload.
/// </summary>
public sealed class TaskRecordFileEditTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    private const string FormId = "task-file-edits";

    [Fact]
    public async Task An_approver_adds_their_file_and_a_subform_row_but_cannot_attach_someone_elses_file()
    {
        var (recordId, adminFile) = await SubmitAsync("合同审查");
        var fields = new JsonObject { ["docs"] = "edit", ["items"] = "edit" };
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin1"), ["recordId"] = recordId, ["fields"] = fields });
        var task = await fixture.OpenTaskAsync(id, "fin1");
        var fin1 = await fixture.SignInAsync("fin1");
        var details = (await fin1.GetFromJsonAsync<JsonObject>($"/api/tasks/{task.Id}"))!;
        Assert.Equal(["docs", "items"], details["editableFields"]!.AsArray().Select(n => (string)n!).Order());
        var own = await UploadAsync(fin1, "审查意见.txt");
        var others = await UploadAsync(await fixture.SignInAsync("fin2"), "fin2.txt");

        var foreign = await fixture.ActAsync("fin1", task.Id, new { action = "approve", data = new { docs = new[] { File(adminFile), File(others) } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Equal("data/docs[1].id", (string?)(await foreign.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(TaskStatuses.Open, (await fixture.OpenTaskAsync(id, "fin1")).Status);

        var data = new
        {
            docs = new object[] { new { id = adminFile, name = "renamed.exe", size = 1 }, File(own) },
            items = new object[] { new { name = "审查费", qty = 1 }, new { name = "公证费", qty = 2 } },
        };
        var approved = await fixture.ActAsync("fin1", task.Id, new { action = "approve", data });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var stored = await fixture.StoredDataAsync(recordId);
        var docs = stored["docs"]!.AsArray();
        Assert.Equal([adminFile, own], docs.Select(d => (string)d!["id"]!));
        Assert.Equal("contract.txt", (string?)docs[0]!["name"]);
        Assert.Equal("审查意见.txt", (string?)docs[1]!["name"]);
        Assert.Equal(["审查费", "公证费"], stored["items"]!.AsArray().Select(r => (string)r!["name"]!));
        // The approver opens the record's files through the task; someone without a task on it does not.
        Assert.Equal(HttpStatusCode.OK, (await fin1.GetAsync($"/api/files/{adminFile}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.SignInAsync("fin3")).GetAsync($"/api/files/{adminFile}")).StatusCode);
    }

    [Fact]
    public async Task An_editor_may_remove_a_file_and_add_their_own_but_not_another_users()
    {
        var (recordId, adminFile) = await SubmitAsync("附件维护");
        var admin = await fixture.SignInAsync("admin");
        var othersFile = await UploadAsync(await fixture.SignInAsync("fin1"), "fin1.txt");

        var foreign = await admin.PutAsJsonAsync($"/api/records/{recordId}", new { data = new { docs = new[] { File(othersFile) } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Equal("docs[0].id", (string?)(await foreign.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal([adminFile], (await fixture.StoredDataAsync(recordId))["docs"]!.AsArray().Select(d => (string)d!["id"]!));

        var replacement = await UploadAsync(admin, "v2.txt");
        var changed = await admin.PutAsJsonAsync($"/api/records/{recordId}", new { data = new { docs = new[] { File(replacement) } } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var docs = (await fixture.StoredDataAsync(recordId))["docs"]!.AsArray();
        Assert.Equal([replacement], docs.Select(d => (string)d!["id"]!));
        Assert.Equal("v2.txt", (string?)docs[0]!["name"]);
    }

    /// <summary>Publishes the test form once and submits a record as the admin with one of the admin's files.</summary>
    private async Task<(string RecordId, string FileId)> SubmitAsync(string subject)
    {
        var admin = await fixture.SignInAsync("admin");
        await fixture.PublishFormOnceAsync(Schema);

        var fileId = await UploadAsync(admin, "contract.txt");
        var response = await admin.PostAsJsonAsync($"/api/forms/{FormId}/records", new
        {
            data = new { subject, docs = new[] { File(fileId) }, items = new[] { new { name = "审查费", qty = 1 } } },
        });
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return ((string)body["recordId"]!, fileId);
    }

    /// <summary>A file item as a client sends it: the validator wants a name and size, which the server then replaces.</summary>
    private static object File(string id) => new { id, name = "client.txt", size = 1 };

    private static async Task<string> UploadAsync(HttpClient client, string name)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent("文件内容"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "file", name);
        return (string)(await (await client.PostAsync("/api/files", content)).ReadJsonAsync())["id"]!;
    }

    private const string Schema = """
        {
          "id": "task-file-edits", "version": 1, "title": "Task file edits",
          "fields": [
            { "key": "subject", "type": "text", "label": "Subject", "required": true },
            { "key": "docs", "type": "attachment", "label": "Documents", "maxItems": 5 },
            { "key": "items", "type": "subform", "label": "Items", "fields": [
              { "key": "name", "type": "text", "label": "Name", "required": true },
              { "key": "qty", "type": "number", "label": "Quantity" }
            ] }
          ]
        }
        """;
}
