using System.Text.Json.Nodes;
using FlowChannel.Workflows.Effects;
using FlowChannel.Workflows.Http;

namespace FlowChannel.Workflows.Activities.Http;

/// <summary>
/// <c>Elsa.FlowSendHttpRequest</c>: asks the caller to send a request (<see cref="SendHttpRequestEffect"/>) and waits
/// on a bookmark with payload <c>{ kind: "http", idempotencyKey, method, url, expectedStatusCodes }</c>. Resumed with
/// the response (see <see cref="HttpResponseInput"/>), it sets <c>statusCode</c> and <c>parsedContent</c> and completes
/// with the status code as text when it is one of <c>expectedStatusCodes</c>, else with
/// <see cref="UnmatchedStatusCode"/>; a delivery that could not connect or timed out completes with
/// <see cref="FailedToConnect"/> or <see cref="Timeout"/>. URLs the address policy can already reject (literal
/// internal addresses, other schemes) fault here, before anything is queued.
/// </summary>
public sealed class FlowSendHttpRequestActivity(OutboundAddressPolicy policy) : WorkflowActivity
{
    public const string UnmatchedStatusCode = "Unmatched status code";
    public const string FailedToConnect = "Failed to connect";
    public const string Timeout = "Timeout";
    public const string BookmarkKind = "http";

    /// <summary>With <see cref="OutboundAddressPolicy.Default"/>: no internal destination allowed.</summary>
    public FlowSendHttpRequestActivity()
        : this(OutboundAddressPolicy.Default)
    {
    }

    public override string TypeName => "Elsa.FlowSendHttpRequest";

    public override ActivityKind Kind => ActivityKind.Blocking;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
    [
        new("url", "Uri"), new("method"), new("content", "Object"), new("contentType"), new("requestHeaders", "Object"),
        new("expectedStatusCodes", "Int32[]"),
    ];

    public override IReadOnlyList<string> Outputs { get; } = ["statusCode", "parsedContent"];

    /// <summary>Besides these, each expected status code is an outcome of its own ("200", "404", ...).</summary>
    public override IReadOnlyList<string> Outcomes { get; } = [UnmatchedStatusCode, FailedToConnect, Timeout];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.GetString("url")?.Trim();
        if (string.IsNullOrEmpty(text) || !Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            return ActivityResult.Fault($"{ActivityDescription.Of(context)}: 'url' is not an absolute URL: '{text}'.");
        }

        if (policy.Check(url) is { IsAllowed: false } blocked)
        {
            return ActivityResult.Fault($"{ActivityDescription.Of(context)}: the URL may not be called. {blocked.Reason}");
        }

        var method = HttpRequestInputs.Method(context);
        var headers = HttpRequestInputs.Headers(context);
        var (content, contentType) = HttpRequestInputs.Content(context);
        var expected = HttpRequestInputs.ExpectedStatusCodes(context);
        var key = context.DeterministicId("http");
        context.AddEffect(new SendHttpRequestEffect(context.ActivityId, key, method, url, headers, content, contentType));
        context.Log($"{method} {url.GetLeftPart(UriPartial.Path)}");
        return ActivityResult.Suspend(new JsonObject
        {
            ["kind"] = BookmarkKind,
            ["idempotencyKey"] = key,
            ["method"] = method,
            ["url"] = url.AbsoluteUri,
            ["expectedStatusCodes"] = new JsonArray([.. expected.Select(code => JsonValue.Create(code))]),
        });
    }

    public override ActivityResult OnResumed(ActivityExecutionContext context, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var response = HttpResponseInput.Read(input, out var problem);
        if (response is null)
        {
            return ActivityResult.Fault($"{ActivityDescription.Of(context)}: {problem}");
        }

        if (response.Error is { } error)
        {
            context.Log(response.Message ?? error);
            return ActivityResult.Complete(error == HttpResponseInput.ConnectError ? FailedToConnect : Timeout);
        }

        var status = response.StatusCode!.Value;
        context.SetOutput("statusCode", status);
        context.SetOutput("parsedContent", response.ParsedContent());

        // Evaluated again rather than kept from the request: usually a literal, and an instance saved before an
        // upgrade has no stored copy to fall back on.
        var expected = HttpRequestInputs.ExpectedStatusCodes(context);
        context.Log($"HTTP {status}");
        return ActivityResult.Complete(expected.Contains(status) ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : UnmatchedStatusCode);
    }
}
