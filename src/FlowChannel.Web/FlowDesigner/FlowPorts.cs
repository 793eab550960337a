using System.Text.Json.Nodes;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// The outcome ports a node shows. Most activities have fixed outcomes; a switch has one per case label, a fork one
/// per branch, and a script or HTTP request may name its own (those accept any port: see <see cref="IsOpen"/>).
/// </summary>
public static class FlowPorts
{
    private static readonly string[] OpenTypes = ["Elsa.RunJavaScript", "Elsa.FlowSendHttpRequest"];

    public static IReadOnlyList<string> Of(JsonObject node, FlowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(catalog);
        var type = FlowJson.Type(node);
        var info = catalog.Find(type);
        return type switch
        {
            "Elsa.FlowSwitch" => [.. Items(node["cases"]).Select(c => c?["label"]?.ToString()).OfType<string>(), .. info?.Outcomes ?? []],
            "Elsa.FlowFork" => [.. Items(node["branches"]).Select(b => b?.ToString()).OfType<string>()],
            "Elsa.FlowSendHttpRequest" => [.. ExpectedStatusCodes(node), .. info?.Outcomes ?? []],
            _ => info?.Outcomes ?? ["Done"],
        };
    }

    /// <summary>Whether the node may complete with outcomes the designer cannot list (scripts, status codes).</summary>
    public static bool IsOpen(JsonObject node) => OpenTypes.Contains(FlowJson.Type(node), StringComparer.OrdinalIgnoreCase);

    private static JsonArray Items(JsonNode? value) => value switch
    {
        JsonObject wrapper when wrapper["$values"] is JsonArray values => values,
        JsonArray array => array,
        JsonObject input when input["expression"]?["value"] is JsonArray literal => literal,
        _ => new JsonArray(),
    };

    private static IEnumerable<string> ExpectedStatusCodes(JsonObject node) =>
        Items(node["expectedStatusCodes"]).Select(c => c?.ToString()).OfType<string>();
}
