using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>
/// The step of a task decides which fields its approver may change; the approver's permission sets still decide which
/// options they may set there. Finance may set the test form's status only to accepted or declined.
/// </summary>
public sealed class TaskOptionLimitTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    private const string FormId = "task-option-limits";

    [Fact]
    public async Task An_approver_limited_to_some_options_cannot_set_another_on_the_task_and_may_set_an_allowed_one()
    {
        var recordId = await SubmitAsync("won by the admin");
        var id = await fixture.StartAsync(new JsonObject
        {
            ["first"] = new JsonArray("fin1"), ["recordId"] = recordId, ["fields"] = new JsonObject { ["status"] = "edit" },
        });
        var task = await fixture.OpenTaskAsync(id, "fin1");

        var refused = await fixture.ActAsync("fin1", task.Id, new { action = "approve", data = new { status = "lost" } });

        var body = await refused.ReadJsonAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.UnprocessableEntity, body.ToJsonString());
        Assert.Equal("data/status", (string?)body["errors"]![0]!["path"]);
        Assert.Equal(TaskStatuses.Open, (await fixture.OpenTaskAsync(id, "fin1")).Status);
        Assert.Equal("won", (string?)(await fixture.StoredDataAsync(recordId))["status"]);

        var approved = await fixture.ActAsync("fin1", task.Id, new { action = "approve", data = new { status = "declined" } });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        Assert.Equal("declined", (string?)(await fixture.StoredDataAsync(recordId))["status"]);
    }

    private async Task<string> SubmitAsync(string subject)
    {
        var admin = await fixture.SignInAsync("admin");
        await fixture.PublishFormOnceAsync(Schema);
        var response = await admin.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { subject, status = "won" } });
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return (string)body["recordId"]!;
    }

    private const string Schema = """
        {
          "id": "task-option-limits", "version": 1, "title": "Task option limits",
          "fields": [
            { "key": "subject", "type": "text", "label": "Subject", "required": true },
            { "key": "status", "type": "radio", "label": "Status", "options": [
              {"value": "new", "label": "New"}, {"value": "accepted", "label": "Accepted"}, {"value": "declined", "label": "Declined"},
              {"value": "won", "label": "Won"}, {"value": "lost", "label": "Lost"}] }
          ],
          "permissions": {"sets": [
            {"key": "finance", "roles": ["finance"], "actions": ["view"], "scope": "all", "fieldDefault": "read",
             "fields": {"status": {"right": "edit", "options": ["accepted", "declined"]}}}
          ]}
        }
        """;
}
