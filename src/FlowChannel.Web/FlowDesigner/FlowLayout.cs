using System.Text.Json.Nodes;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// Auto-layout, layered left to right: a node's column is the longest path to it from a start, ignoring the
/// connections that close loops; within a column nodes are ordered by the mean row of their predecessors, which
/// keeps most connections straight without the cost of a full crossing minimisation.
/// </summary>
public static class FlowLayout
{
    public const double ColumnWidth = 240;
    public const double RowHeight = 110;
    public const double Margin = 40;

    /// <summary>Lays the flowchart out as one undo step.</summary>
    public static void Apply(FlowDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Edit(_ =>
        {
            foreach (var (id, (x, y)) in Positions(document))
            {
                FlowJson.SetPosition(document.Node(id)!, x, y);
            }
        });
    }

    /// <summary>Where each node goes, by id.</summary>
    public static IReadOnlyDictionary<string, (double X, double Y)> Positions(FlowDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var graph = FlowGraph.Of(document);
        var column = Columns(graph);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var layer in column.GroupBy(c => c.Value).OrderBy(g => g.Key))
        {
            var ordered = layer.Select(c => c.Key)
                .OrderBy(id => graph.Inbound(id).Where(rows.ContainsKey).Select(p => (double?)rows[p]).Average() ?? double.MaxValue)
                .ThenBy(graph.Order).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                rows[ordered[i]] = i;
                result[ordered[i]] = (Margin + layer.Key * ColumnWidth, Margin + i * RowHeight);
            }
        }
        return result;
    }

    private static Dictionary<string, int> Columns(FlowGraph graph)
    {
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        var backEdges = graph.BackEdges();
        var pending = graph.Ids.ToDictionary(id => id, id => graph.Inbound(id).Count(p => !backEdges.Contains((p, id))), StringComparer.Ordinal);
        var ready = new Queue<string>(graph.Ids.Where(id => pending[id] == 0));
        while (ready.Count > 0)
        {
            var id = ready.Dequeue();
            column.TryAdd(id, 0);
            foreach (var next in graph.Outbound(id).Where(n => !backEdges.Contains((id, n))))
            {
                column[next] = Math.Max(column.GetValueOrDefault(next), column[id] + 1);
                if (--pending[next] == 0)
                {
                    ready.Enqueue(next);
                }
            }
        }
        return column;
    }
}
