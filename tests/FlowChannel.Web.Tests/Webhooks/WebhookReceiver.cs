using System.Collections.Concurrent;
using System.Net;
using FlowChannel.TestSupport;

namespace FlowChannel.Web.Tests.Webhooks;

/// <summary>A real HTTP receiver on loopback that keeps every request and answers with the status codes it is told, in turn.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _statuses = new();
    private readonly Task _serving;

    public WebhookReceiver()
    {
        Port = FreeTcpPort.Get();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks";

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>The statuses of the next answers; once used up, 200.</summary>
    public void AnswerWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _statuses.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? "", headers, body));
            context.Response.StatusCode = _statuses.TryDequeue(out var status) ? status : 200;
            await context.Response.OutputStream.WriteAsync(status >= 400 ? "receiver is down"u8.ToArray() : "ok"u8.ToArray());
            context.Response.Close();
        }
    }
}

public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
