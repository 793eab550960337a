using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions.Json;

namespace FlowChannel.Workflows.Activities.Http;

/// <summary>
/// What a <c>FlowSendHttpRequest</c> bookmark is resumed with: <c>{ statusCode, content, contentType }</c> for a
/// response (any status), or <c>{ error: "connect" | "timeout", message }</c> when there was none.
/// </summary>
internal sealed record HttpResponseInput(int? StatusCode, JsonNode? Content, string? ContentType, string? Error, string? Message)
{
    public const string ConnectError = "connect";
    public const string TimeoutError = "timeout";

    public static HttpResponseInput? Read(JsonObject input, out string? problem)
    {
        problem = null;
        var message = Text(input["message"]);
        switch (Text(input["error"])?.ToLowerInvariant())
        {
            case null:
                break;
            case ConnectError:
                return new HttpResponseInput(null, null, null, ConnectError, message);
            case TimeoutError:
                return new HttpResponseInput(null, null, null, TimeoutError, message);
            case var other:
                problem = $"resumed with error '{other}'; expected '{ConnectError}' or '{TimeoutError}'.";
                return null;
        }

        var status = input["statusCode"] switch
        {
            JsonValue value when value.TryGetValue<int>(out var number) => number,
            var node when Text(node) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (int?)null,
        };
        if (status is not (>= 100 and <= 599))
        {
            problem = $"resumed without a valid 'statusCode' ({input["statusCode"]?.ToJsonString() ?? "none"}) or 'error'.";
            return null;
        }

        return new HttpResponseInput(status, input["content"], Text(input["contentType"]), null, message);
    }

    /// <summary>JSON content (by media type, <c>application/json</c> or <c>*+json</c>) parsed; anything else as text.</summary>
    public JsonNode? ParsedContent()
    {
        if (Content is not JsonValue value || !JsonScalars.TryGetString(value, out var text))
        {
            // The deliverer already handed over a parsed document (or nothing).
            return Content?.DeepClone();
        }

        if (!IsJson(ContentType) || string.IsNullOrWhiteSpace(text))
        {
            return JsonValue.Create(text);
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // A server that mislabels its body should not fault the workflow; the text is still useful.
            return JsonValue.Create(text);
        }
    }

    private static bool IsJson(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim();
        return mediaType is not null
            && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Text(JsonNode? node) => JsonScalars.TryGetString(node, out var text) ? text : null;
}
