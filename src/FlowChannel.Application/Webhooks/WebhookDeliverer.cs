using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Application.Outbox;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Posts one webhook delivery (kind <see cref="OutboxKinds.Webhook"/>), signed at send time with the webhook's current
/// secret and URL. Any answer but 2xx, or no answer, is a failed attempt: the outbox tries again with growing delays
/// and gives up after its last attempt. Every attempt is written to the delivery log.
/// </summary>
public sealed class WebhookDeliverer(IServiceScopeFactory scopes, IOptions<HttpOptions> options, OutboundAddressPolicy policy,
    WebhookSecrets secrets, TimeProvider clock) : IOutboxDeliverer, IDisposable
{
    private const int MaxErrorBodyChars = 300;

    private readonly HttpClient _client = OutboundHttpClient.Create(policy);

    public string Kind => OutboxKinds.Webhook;

    public async Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct)
    {
        var payload = delivery.Payload;
        var body = (string)payload["body"]!;
        var target = await TargetAsync(Guid.Parse((string)payload["webhookId"]!), ct)
            ?? throw new OutboxDeliveryException("The webhook no longer exists.");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("FlowChannel-Webhooks", "1"));
        request.Headers.Add(WebhookSignature.EventHeader, (string?)payload["event"]);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        request.Headers.Add("Idempotency-Key", delivery.Id.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secrets.Unprotect(target.ProtectedSecret), timestamp, body));

        var started = Stopwatch.GetTimestamp();
        int? status = null;
        string? error;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"HTTP {status} {response.ReasonPhrase}: {await SnippetAsync(response, timeout.Token)}".TrimEnd(' ', ':');
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            error = $"No response within {options.Value.Timeout.TotalSeconds:0} s.";
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }

        var elapsed = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await InScope.SendAsync(scopes, new RecordWebhookAttempt(delivery.Id, delivery.Attempt, clock.GetUtcNow().UtcDateTime, status, error, elapsed), ct);
        return error is null ? null : throw new OutboxDeliveryException(error);
    }

    public void Dispose() => _client.Dispose();

    private async Task<Webhook?> TargetAsync(Guid webhookId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        return await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == webhookId, ct);
    }

    private static async Task<string> SnippetAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var buffer = new char[MaxErrorBodyChars];
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        var read = await reader.ReadBlockAsync(buffer, ct);
        return new string(buffer, 0, read).ReplaceLineEndings(" ");
    }
}
