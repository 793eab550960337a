using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Dashboards.Definitions;

/// <summary>The outcome of <see cref="DashboardParser.Parse"/>: the definition, or every problem found, each at its JSON pointer.</summary>
public sealed record DashboardParseResult(DashboardDefinition? Definition, IReadOnlyList<SchemaError> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;
}

/// <summary>
/// Reads a dashboard definition: JSON shape first (an error there stops at its pointer), then every rule of
/// <see cref="DashboardRules"/> (all reported). Whether the source forms and fields exist and may be seen is decided
/// per caller when the data is asked for.
/// </summary>
public static partial class DashboardParser
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        AllowTrailingCommas = false,
    };

    public static DashboardParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return Fail("", $"Not valid JSON: {e.Message}");
        }
        if (root is not JsonObject document)
        {
            return Fail("", "A dashboard is a JSON object.");
        }
        // "$schema" helps editors only; the model has no place for it.
        document.Remove("$schema");
        DashboardDefinition? definition;
        try
        {
            definition = document.Deserialize<DashboardDefinition>(Options);
        }
        catch (JsonException e)
        {
            return Fail(Pointer(e.Path), Shape(e.Message));
        }
        if (definition is null)
        {
            return Fail("", "A dashboard is a JSON object.");
        }
        // Optional lists are empty rather than absent for everything downstream.
        definition = definition with { Filters = definition.Filters ?? [] };
        var errors = DashboardRules.Check(definition);
        return new DashboardParseResult(errors.Count == 0 ? definition : null, errors);
    }

    /// <summary>Serializes a definition in the shape <see cref="Parse"/> reads.</summary>
    public static string Write(DashboardDefinition definition) => JsonSerializer.Serialize(definition, Options);

    private static DashboardParseResult Fail(string pointer, string message) => new(null, [new SchemaError(pointer, message)]);

    /// <summary>Turns System.Text.Json's <c>$.widgets[2].layout.x</c> into the RFC 6901 pointer <c>/widgets/2/layout/x</c>.</summary>
    internal static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }
        var pointer = PathPart().Replace(path[1..], m =>
            "/" + (m.Groups["name"].Success ? m.Groups["name"].Value
                : m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["index"].Value)
                .Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        return pointer;
    }

    // The serializer's message ends with its own path and position; the pointer already says where.
    private static string Shape(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathPart();
}
