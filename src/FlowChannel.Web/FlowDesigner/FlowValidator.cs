using System.Text.Json.Nodes;
using FlowChannel.Expressions.JavaScript;
using FlowChannel.Expressions.Liquid;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// Checks the flow while it is edited: what the import reader refuses, plus what only a designer can get wrong —
/// unreachable nodes, connections from ports the node does not have or to nodes that are gone, empty required
/// inputs, unknown activity types and scripts that do not parse. Every problem names its node.
/// </summary>
public sealed class FlowValidator(FlowCatalog catalog)
{
    public IReadOnlyList<FlowProblem> Check(FlowDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<FlowProblem>();
        var nodes = document.Activities.OfType<JsonObject>().ToList();
        if (nodes.Count == 0)
        {
            return [new FlowProblem(null, "The flow has no activities yet.")];
        }
        var graph = FlowGraph.Of(document);
        var reachable = graph.Reachable();
        foreach (var node in nodes)
        {
            var (id, label) = (FlowJson.Id(node), FlowJson.Label(node));
            if (catalog.Find(FlowJson.Type(node)) is not { } info)
            {
                problems.Add(new(id, $"'{label}' uses the activity type '{FlowJson.Type(node)}', which this server does not have."));
                continue;
            }
            if (!reachable.Contains(id))
            {
                problems.Add(new(id, $"'{label}' cannot be reached from the start of the flow."));
            }
            foreach (var input in info.Required.Where(name => IsEmpty(node[name])))
            {
                problems.Add(new(id, $"'{label}' needs a value for {input}."));
            }
            problems.AddRange(FlowExpressions.Of(node).Select(e => Syntax(e.Language, e.Text) is { } error
                ? new FlowProblem(id, $"'{label}' {e.Input}: {error}") : null).OfType<FlowProblem>());
        }
        problems.AddRange(Dangling(document, nodes));
        problems.AddRange(ReaderErrors(document, nodes).Where(r => !problems.Any(p => p.NodeId == r.NodeId && r.Message.Contains(p.Message, StringComparison.Ordinal))));
        return problems;
    }

    private IEnumerable<FlowProblem> Dangling(FlowDocument document, List<JsonObject> nodes)
    {
        var byId = nodes.GroupBy(FlowJson.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (source, port, target) in document.Connections.OfType<JsonObject>().Select(FlowJson.Ends))
        {
            if (!byId.TryGetValue(source, out var from))
            {
                yield return new(byId.ContainsKey(target) ? target : null, $"A connection comes from '{source}', which is not in the flow.");
            }
            else if (!byId.TryGetValue(target, out var to))
            {
                yield return new(source, $"'{FlowJson.Label(from)}' port {port} leads to '{target}', which is not in the flow.");
            }
            else if (!FlowPorts.IsOpen(from) && catalog.Find(FlowJson.Type(from)) is not null && !FlowPorts.Of(from, catalog).Contains(port, StringComparer.OrdinalIgnoreCase))
            {
                yield return new(source, $"'{FlowJson.Label(from)}' has no port {port}; its connection to '{FlowJson.Label(to)}' is never followed.");
            }
        }
    }

    // The reader is the judge at import and publish; its errors are shown here with the node they point into.
    private IEnumerable<FlowProblem> ReaderErrors(FlowDocument document, List<JsonObject> nodes)
    {
        var read = ElsaJsonReader.Read(document.ToJson(), catalog.Registry);
        foreach (var error in read.Errors)
        {
            var node = NodeAt(error.Pointer, nodes);
            yield return new(node is null ? null : FlowJson.Id(node), node is null ? error.ToString() : $"'{FlowJson.Label(node)}': {error.Message}");
        }
    }

    private static JsonObject? NodeAt(string pointer, List<JsonObject> nodes)
    {
        const string prefix = "/root/activities/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = pointer[prefix.Length..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        return int.TryParse(end < 0 ? rest : rest[..end], out var index) && index < nodes.Count ? nodes[index] : null;
    }

    private static bool IsEmpty(JsonNode? input) => input switch
    {
        null => true,
        JsonObject o when o["expression"] is JsonObject e => e["value"] is null || e["value"] is JsonValue v && v.ToString().Trim().Length == 0,
        JsonValue v => v.ToString().Trim().Length == 0,
        _ => false,
    };

    private static string? Syntax(string language, string text) => language switch
    {
        "JavaScript" => JavaScriptSyntax.Check(text)?.Message,
        "Liquid" => LiquidSyntax.Check(text)?.Message,
        _ => null,
    };
}
