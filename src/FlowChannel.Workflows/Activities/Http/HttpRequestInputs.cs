using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Http;

/// <summary>Reads and checks the request parts of <c>Elsa.FlowSendHttpRequest</c>; bad values fault naming the input.</summary>
internal static class HttpRequestInputs
{
    // CONNECT and TRACE are left out: one opens a tunnel through a proxy, the other echoes headers back.
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    public static string Method(ActivityExecutionContext context)
    {
        var method = (context.GetString("method") ?? string.Empty).Trim().ToUpperInvariant();
        if (method.Length == 0)
        {
            return "GET";
        }

        return Methods.Contains(method)
            ? method
            : throw Fault(context, $"'method' must be one of {string.Join(", ", Methods)}, not '{method}'.");
    }

    /// <summary>Header names and values, from an object whose values are text or lists of text.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Headers(ActivityExecutionContext context)
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.GetObject("requestHeaders") ?? [])
        {
            var values = value switch
            {
                null => [],
                JsonArray array => [.. array.Select(Text)],
                _ => new List<string> { Text(value) },
            };

            // A line break in a name or value would let workflow data add headers or split the request.
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal)))
            {
                throw Fault(context, $"'requestHeaders' has an invalid header name '{name}'.");
            }

            if (values.Any(v => v.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0))
            {
                throw Fault(context, $"'requestHeaders' has a line break in the value of '{name}'.");
            }

            headers[name] = values;
        }

        return headers;
    }

    /// <summary>The body as text: objects and arrays become JSON (and the content type defaults to JSON).</summary>
    public static (string? Content, string? ContentType) Content(ActivityExecutionContext context)
    {
        var contentType = context.GetString("contentType") is { Length: > 0 } given ? given.Trim() : null;
        return context.Evaluate("content") switch
        {
            null => (null, contentType),
            JsonValue value when JsonScalars.TryGetString(value, out var text) => (text, contentType),
            var other => (other.ToJsonString(), contentType ?? "application/json"),
        };
    }

    /// <summary>The status codes that have their own outcome, from a list of numbers or of text.</summary>
    public static List<int> ExpectedStatusCodes(ActivityExecutionContext context)
    {
        var codes = new List<int>();
        foreach (var item in context.GetStringList("expectedStatusCodes"))
        {
            if (!int.TryParse(item.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code is < 100 or > 599)
            {
                throw Fault(context, $"'expectedStatusCodes' has '{item}', which is not an HTTP status code.");
            }

            codes.Add(code);
        }

        return codes;
    }

    public static WorkflowFaultException Fault(ActivityExecutionContext context, string message) =>
        new($"{ActivityDescription.Of(context)}: {message}");

    private static string Text(JsonNode? node) =>
        node is null ? string.Empty : JsonScalars.TryGetString(node, out var text) ? text : node.ToJsonString();
}
