namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// The flowchart seen from one start activity. A depth-first walk from the start marks back edges (connections that
/// close a loop); joins count only forward connections from activities the start can reach, so a join never waits
/// for a loop to come round or for a branch that cannot run.
/// </summary>
internal sealed class GraphView
{
    private readonly CompiledWorkflow _workflow;
    private readonly Dictionary<int, bool[]> _ancestors = [];

    private GraphView(CompiledWorkflow workflow, bool[] backEdges, bool[] reachable, int[] activeInbound)
    {
        _workflow = workflow;
        IsBackEdge = backEdges;
        IsReachable = reachable;
        ActiveInbound = activeInbound;
    }

    public bool[] IsBackEdge { get; }

    public bool[] IsReachable { get; }

    /// <summary>Per node, the inbound connections a join waits for.</summary>
    public int[] ActiveInbound { get; }

    public static GraphView Build(CompiledWorkflow workflow, int start)
    {
        var nodes = workflow.Nodes;
        var backEdges = new bool[workflow.Edges.Length];
        if (start >= nodes.Length)
        {
            return new GraphView(workflow, backEdges, new bool[nodes.Length], new int[nodes.Length]);
        }

        var visit = new byte[nodes.Length]; // 0 unvisited, 1 on the walk's path, 2 done
        var path = new Stack<(int Node, int Next)>();
        path.Push((start, 0));
        visit[start] = 1;
        while (path.Count > 0)
        {
            var (node, next) = path.Pop();
            var outbound = nodes[node].Outbound;
            if (next == outbound.Length)
            {
                visit[node] = 2;
                continue;
            }

            path.Push((node, next + 1));
            var edge = workflow.Edges[outbound[next]];
            if (visit[edge.Target] == 1)
            {
                backEdges[edge.Index] = true;
            }
            else if (visit[edge.Target] == 0)
            {
                visit[edge.Target] = 1;
                path.Push((edge.Target, 0));
            }
        }

        var reachable = visit.Select(v => v != 0).ToArray();
        var activeInbound = nodes
            .Select(n => n.Inbound.Count(e => !backEdges[e] && reachable[workflow.Edges[e].Source]))
            .ToArray();
        return new GraphView(workflow, backEdges, reachable, activeInbound);
    }

    /// <summary>Activities that lead to <paramref name="node"/> without going round a loop (cached; joins are few).</summary>
    public bool[] AncestorsOf(int node)
    {
        lock (_ancestors)
        {
            if (_ancestors.TryGetValue(node, out var cached))
            {
                return cached;
            }

            var ancestors = new bool[_workflow.Nodes.Length];
            var pending = new Stack<int>([node]);
            while (pending.Count > 0)
            {
                foreach (var edge in _workflow.Nodes[pending.Pop()].Inbound)
                {
                    var source = _workflow.Edges[edge].Source;
                    if (!IsBackEdge[edge] && !ancestors[source])
                    {
                        ancestors[source] = true;
                        pending.Push(source);
                    }
                }
            }

            return _ancestors[node] = ancestors;
        }
    }
}
