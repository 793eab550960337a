using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Outbox;
using FlowChannel.Application.Webhooks;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Webhooks;

/// <summary>
/// Webhooks leave through the outbox to a real receiver on loopback: signed so the receiver can check them, shaped by
/// a permission set's field rights, retried after failures and given up after the last attempt, all in the log.
/// </summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task A_created_record_is_posted_signed_with_the_secret_and_without_the_fields_the_set_hides()
    {
        await using var receiver = new WebhookReceiver();
        await using var app = new WebhookHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var created = await WebhookHost.CreateWebhookAsync(admin, "partner-profile", receiver.Url, "own-partner", WebhookEvents.RecordCreated);
        var secret = created["secret"]!.GetValue<string>();

        await app.ApproveApplicationAsync("签名测试科技有限公司");
        await app.DeliverAsync();

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("POST", request.Method);
        var timestamp = long.Parse(request.Headers[WebhookSignature.TimestampHeader], CultureInfo.InvariantCulture);
        Assert.True(WebhookSignature.Verify(secret, timestamp, request.Body, request.Headers[WebhookSignature.SignatureHeader]));
        Assert.False(WebhookSignature.Verify("another-secret-of-some-length", timestamp, request.Body, request.Headers[WebhookSignature.SignatureHeader]));
        Assert.False(WebhookSignature.Verify(secret, timestamp + 1, request.Body, request.Headers[WebhookSignature.SignatureHeader]));
        Assert.Equal("record.created", request.Headers[WebhookSignature.EventHeader]);

        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal(request.Headers[WebhookSignature.DeliveryHeader], (string?)body["id"]);
        Assert.Equal(request.Headers[WebhookSignature.DeliveryHeader], request.Headers["Idempotency-Key"]);
        Assert.Equal("partner-profile", (string?)body["formId"]);
        var data = body["record"]!["data"]!.AsObject();
        Assert.Equal("签名测试科技有限公司", (string?)data["companyName"]);
        // Hidden from the partner's own users, so absent here; and not merely emptied.
        Assert.False(data.ContainsKey("screeningScore"), request.Body);
        Assert.False(data.ContainsKey("applicationRecordId"), request.Body);
        Assert.DoesNotContain("screeningScore", request.Body, StringComparison.Ordinal);

        // The secret is never shown again, and is not stored as written.
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/admin/webhooks?formId=partner-profile");
        Assert.DoesNotContain(secret, listed!.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(listed[0]!["secret"]);
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.DoesNotContain(secret, (await db.Webhooks.SingleAsync()).ProtectedSecret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_answered_500_is_retried_later_and_then_delivered_and_the_log_shows_both_attempts()
    {
        await using var receiver = new WebhookReceiver();
        receiver.AnswerWith(500);
        await using var app = new WebhookHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var webhookId = (await WebhookHost.CreateWebhookAsync(admin, "partner-application", receiver.Url, "channel-team", WebhookEvents.RecordCreated))["webhook"]!["id"]!.GetValue<string>();
        var applicant = await ApiClient.ApplicantAsync(app.Host);
        (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("重试测试有限公司"))).EnsureSuccessStatusCode();

        await app.DeliverAsync();
        var pending = Assert.Single((await DeliveriesAsync(admin, webhookId))["items"]!.AsArray())!;
        Assert.Equal("pending", (string?)pending["state"]);
        Assert.Equal(500, (int?)pending["lastStatusCode"]);
        Assert.StartsWith("HTTP 500", (string?)pending["lastError"], StringComparison.Ordinal);
        Assert.True(pending["nextAttemptAt"]!.GetValue<DateTime>() > DateTime.UtcNow.AddSeconds(20), "The retry waits about 30 s.");

        // Nothing is due yet; once the wait is over, the next sweep delivers it.
        await app.DeliverAsync();
        Assert.Single(receiver.Requests);
        await MakeDueAsync(app);
        await app.DeliverAsync();

        var delivered = Assert.Single((await DeliveriesAsync(admin, webhookId))["items"]!.AsArray())!;
        Assert.Equal("delivered", (string?)delivered["state"]);
        Assert.Equal([500, 200], delivered["attemptLog"]!.AsArray().Select(a => (int?)a!["statusCode"]));
        var requests = receiver.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        // The same delivery both times: same id and body, for the receiver to drop repeats.
        Assert.Equal(requests[0].Headers[WebhookSignature.DeliveryHeader], requests[1].Headers[WebhookSignature.DeliveryHeader]);
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    [Fact]
    public async Task A_delivery_failing_every_attempt_is_given_up_after_the_limit_shown_in_the_log_and_can_be_resent()
    {
        await using var receiver = new WebhookReceiver();
        receiver.AnswerWith(503);
        await using var app = new WebhookHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var webhookId = (await WebhookHost.CreateWebhookAsync(admin, "partner-application", receiver.Url, "channel-team", WebhookEvents.RecordCreated))["webhook"]!["id"]!.GetValue<string>();
        var applicant = await ApiClient.ApplicantAsync(app.Host);
        (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("放弃测试有限公司"))).EnsureSuccessStatusCode();
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            // As if every earlier attempt had failed already.
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            var message = await db.OutboxMessages.SingleAsync(m => m.Kind == "webhook");
            message.Attempts = RecordOutboxResultHandler.MaxAttempts - 1;
            await db.SaveChangesAsync();
        }

        await app.DeliverAsync();
        await MakeDueAsync(app);
        await app.DeliverAsync();

        Assert.Single(receiver.Requests);
        var abandoned = Assert.Single((await DeliveriesAsync(admin, webhookId))["items"]!.AsArray())!;
        Assert.Equal("abandoned", (string?)abandoned["state"]);
        Assert.Equal(RecordOutboxResultHandler.MaxAttempts, (int?)abandoned["attempts"]);
        Assert.Equal(503, (int?)abandoned["lastStatusCode"]);
        Assert.Null(abandoned["nextAttemptAt"]);

        var resent = await admin.PostAsync($"/api/admin/webhooks/deliveries/{abandoned["id"]}/resend", null);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        await app.DeliverAsync();
        var items = (await DeliveriesAsync(admin, webhookId))["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        var again = Assert.Single(items, i => (string?)i!["resentFromId"] == (string?)abandoned["id"])!;
        Assert.Equal("delivered", (string?)again["state"]);
        Assert.Equal(2, receiver.Requests.Count);
    }

    [Fact]
    public async Task Record_updated_deleted_and_workflow_finished_events_reach_the_webhooks_that_asked_for_them()
    {
        await using var receiver = new WebhookReceiver();
        await using var app = new WebhookHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        await WebhookHost.CreateWebhookAsync(admin, "partner-application", receiver.Url, "channel-team", WebhookEvents.WorkflowFinished, WebhookEvents.RecordDeleted);

        var recordId = await app.ApproveApplicationAsync("事件测试有限公司");
        (await admin.DeleteAsync($"/api/records/{recordId}")).EnsureSuccessStatusCode();
        await app.DeliverAsync();

        var bodies = receiver.Requests.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal(["workflow.finished", "record.deleted"], bodies.Select(b => (string?)b["event"]).Order(StringComparer.Ordinal).Reverse());
        var finished = bodies.Single(b => (string?)b["event"] == "workflow.finished");
        Assert.Equal(recordId, (string?)finished["record"]!["id"]);
        Assert.Equal("approved", (string?)finished["record"]!["status"]);
        Assert.Equal("Finished", (string?)finished["workflowInstance"]!["status"]);
        Assert.NotNull(bodies.Single(b => (string?)b["event"] == "record.deleted")["record"]!["deletedAt"]);
    }

    private static async Task<JsonObject> DeliveriesAsync(HttpClient admin, string webhookId) =>
        (await admin.GetFromJsonAsync<JsonObject>($"/api/admin/webhooks/{webhookId}/deliveries"))!;

    /// <summary>Moves every waiting message's next attempt to now, as the passing of the back-off delay would.</summary>
    private static async Task MakeDueAsync(WebhookHost app)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        await db.OutboxMessages.Where(m => m.DeliveredAt == null && m.AbandonedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1)));
    }
}
