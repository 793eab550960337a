using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Http;
using Microsoft.Extensions.Options;

namespace FlowChannel.Application.Outbox;

/// <summary>
/// Sends a workflow's HTTP request and answers with the reply its bookmark resumes with: <c>{ statusCode, content,
/// contentType }</c>, or <c>{ error: "connect" | "timeout", message }</c>, which are outcomes of the activity, not
/// failures to retry. Addresses are checked at connect time by <see cref="OutboundHttpClient"/>.
/// </summary>
public sealed class HttpDeliverer : IOutboxDeliverer, IDisposable
{
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade", "Expect", "TE", "Trailer",
        "Proxy-Authorization", "Proxy-Connection", "Idempotency-Key",
    };

    private readonly HttpClient _client;
    private readonly HttpOptions _options;

    public HttpDeliverer(IOptions<HttpOptions> options, OutboundAddressPolicy policy)
    {
        _options = options.Value;
        _client = OutboundHttpClient.Create(policy);
    }

    public string Kind => OutboxKinds.Http;

    public async Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct)
    {
        var payload = delivery.Payload;
        using var request = new HttpRequestMessage(new HttpMethod((string)payload["method"]!), (string)payload["url"]!);
        if ((string?)payload["content"] is { } content)
        {
            request.Content = new StringContent(content, Encoding.UTF8);
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.TryParse((string?)payload["contentType"], out var type)
                ? type : new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        }

        foreach (var (name, values) in payload["headers"] as JsonObject ?? [])
        {
            // The connection is the platform's: a workflow may not pick the virtual host, framing or proxy behaviour.
            if (ReservedHeaders.Contains(name))
            {
                continue;
            }

            var texts = (values as JsonArray ?? []).Select(v => (string?)v ?? string.Empty).ToList();
            if (!request.Headers.TryAddWithoutValidation(name, texts))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, texts);
            }
        }

        request.Headers.Remove("Idempotency-Key");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", delivery.IdempotencyKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new JsonObject
            {
                ["statusCode"] = (int)response.StatusCode,
                ["content"] = await ReadLimitedAsync(response, timeout.Token),
                ["contentType"] = response.Content.Headers.ContentType?.ToString(),
            };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Error("timeout", $"No response within {_options.Timeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return Error("connect", ex.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private static JsonObject Error(string kind, string message) => new() { ["error"] = kind, ["message"] = message };

    private async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[_options.MaxResponseBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), ct)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}
