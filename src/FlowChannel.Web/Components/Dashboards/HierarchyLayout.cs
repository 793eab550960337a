using System.Globalization;
using FlowChannel.Application.Dashboards.Data;

namespace FlowChannel.Web.Components.Dashboards;

/// <summary>One drawn node: its label path (outermost first), value, depth and shape (a rectangle or an arc path).</summary>
public sealed record HierarchyShape(IReadOnlyList<string?> Path, decimal Value, int Depth, double X, double Y, double W, double H, string Arc);

/// <summary>
/// Lays a widget's hierarchy out in a 100 × 100 box: a treemap by slice-and-dice (each level splits its parent's
/// rectangle across the other axis) or a sunburst (each level a ring, each node an arc of its parent's angle).
/// </summary>
public static class HierarchyLayout
{
    public const double Size = 100;

    public static List<HierarchyShape> Treemap(IReadOnlyList<HierarchyNode> roots)
    {
        var shapes = new List<HierarchyShape>();
        Slice(roots, [], 0, 0, 0, Size, Size, shapes);
        return shapes;
    }

    public static List<HierarchyShape> Sunburst(IReadOnlyList<HierarchyNode> roots)
    {
        var shapes = new List<HierarchyShape>();
        var depths = Math.Max(1, Depth(roots));
        Ring(roots, [], 0, 0, 2 * Math.PI, Size / 2 / (depths + 1), shapes);
        return shapes;
    }

    private static void Slice(IReadOnlyList<HierarchyNode> nodes, List<string?> path, int depth, double x, double y, double w, double h, List<HierarchyShape> shapes)
    {
        var total = (double)nodes.Sum(n => Math.Max(0, n.Value));
        if (total <= 0)
        {
            return;
        }
        var offset = 0d;
        foreach (var node in nodes)
        {
            var share = (double)Math.Max(0, node.Value) / total;
            var (nx, ny, nw, nh) = depth % 2 == 0 ? (x + offset * w, y, share * w, h) : (x, y + offset * h, w, share * h);
            List<string?> nodePath = [.. path, node.Label];
            shapes.Add(new HierarchyShape(nodePath, node.Value, depth, nx, ny, nw, nh, ""));
            Slice(node.Children, nodePath, depth + 1, nx, ny, nw, nh, shapes);
            offset += share;
        }
    }

    private static void Ring(IReadOnlyList<HierarchyNode> nodes, List<string?> path, int depth, double from, double to, double band, List<HierarchyShape> shapes)
    {
        var total = (double)nodes.Sum(n => Math.Max(0, n.Value));
        if (total <= 0)
        {
            return;
        }
        var start = from;
        foreach (var node in nodes)
        {
            var end = start + (to - from) * (double)Math.Max(0, node.Value) / total;
            List<string?> nodePath = [.. path, node.Label];
            shapes.Add(new HierarchyShape(nodePath, node.Value, depth, 0, 0, 0, 0, Arc(band * (depth + 1), band * (depth + 2), start, end)));
            Ring(node.Children, nodePath, depth + 1, start, end, band, shapes);
            start = end;
        }
    }

    private static int Depth(IReadOnlyList<HierarchyNode> nodes) => nodes.Count == 0 ? 0 : 1 + nodes.Max(n => Depth(n.Children));

    /// <summary>An SVG path of the ring segment between two radii and two angles, centred in the box.</summary>
    private static string Arc(double inner, double outer, double start, double end)
    {
        // A full circle as one arc draws nothing; stop just short of it.
        end = Math.Min(end, start + 2 * Math.PI - 1e-4);
        var large = end - start > Math.PI ? 1 : 0;
        string P(double r, double a) => string.Create(CultureInfo.InvariantCulture, $"{Size / 2 + r * Math.Sin(a):0.###} {Size / 2 - r * Math.Cos(a):0.###}");
        return string.Create(CultureInfo.InvariantCulture,
            $"M {P(outer, start)} A {outer:0.###} {outer:0.###} 0 {large} 1 {P(outer, end)} L {P(inner, end)} A {inner:0.###} {inner:0.###} 0 {large} 0 {P(inner, start)} Z");
    }
}
