using System.Text.Json.Nodes;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>The flowchart as adjacency lists, read once for layout and validation.</summary>
public sealed class FlowGraph
{
    private readonly Dictionary<string, List<string>> _out = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _in = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Ids { get; private set; } = [];

    /// <summary>Nodes a run can begin at, as Elsa picks them: triggers that may start it and <c>Elsa.Start</c>; else the first node nothing leads to.</summary>
    public IReadOnlyList<string> Starts { get; private set; } = [];

    public static FlowGraph Of(FlowDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var nodes = document.Activities.OfType<JsonObject>().ToList();
        var graph = new FlowGraph { Ids = [.. nodes.Select(FlowJson.Id).Distinct(StringComparer.Ordinal)] };
        foreach (var id in graph.Ids)
        {
            (graph._out[id], graph._in[id], graph._order[id]) = ([], [], graph._order.Count);
        }
        foreach (var (source, _, target) in document.Connections.OfType<JsonObject>().Select(FlowJson.Ends))
        {
            if (graph._out.TryGetValue(source, out var outbound) && graph._in.TryGetValue(target, out var inbound))
            {
                outbound.Add(target);
                inbound.Add(source);
            }
        }
        var explicitStarts = nodes.Where(n => FlowJson.CanStartWorkflow(n) || FlowJson.Type(n) == "Elsa.Start").Select(FlowJson.Id).ToList();
        graph.Starts = explicitStarts.Count > 0 ? explicitStarts : [.. graph.Ids.Where(id => graph._in[id].Count == 0).Take(1)];
        return graph;
    }

    public IReadOnlyList<string> Outbound(string id) => _out.TryGetValue(id, out var list) ? list : [];

    public IReadOnlyList<string> Inbound(string id) => _in.TryGetValue(id, out var list) ? list : [];

    public int Order(string id) => _order.GetValueOrDefault(id);

    /// <summary>Every node reachable from <see cref="Starts"/>.</summary>
    public HashSet<string> Reachable()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(Starts);
        while (stack.TryPop(out var id))
        {
            if (seen.Add(id))
            {
                foreach (var next in Outbound(id))
                {
                    stack.Push(next);
                }
            }
        }
        return seen;
    }

    /// <summary>Connections that close a loop (found by a depth-first walk from the starts, then from the rest).</summary>
    public HashSet<(string, string)> BackEdges()
    {
        var back = new HashSet<(string, string)>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var root in Starts.Concat(Ids))
        {
            Visit(root);
        }
        return back;

        void Visit(string id)
        {
            if (state.ContainsKey(id))
            {
                return;
            }
            state[id] = 1;
            foreach (var next in Outbound(id))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    back.Add((id, next));
                }
                else
                {
                    Visit(next);
                }
            }
            state[id] = 2;
        }
    }
}
