using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Tasks;
using FlowChannel.Web.Components.FlowDesigner;
using FlowChannel.Web.FlowDesigner;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Workflows;

/// <summary>
/// A read-only drawing of an instance's flow (<see cref="FlowPathView"/>): executed nodes and followed connections
/// stand out, the nodes it waits on are highlighted. Nodes the designer never placed are laid out as the designer's
/// auto-layout would place them.
/// </summary>
public partial class FlowPathDiagram
{
    private const double NodeHeight = 56;
    private const double Margin = 20;

    private List<DrawnNode> _nodes = [];
    private List<DrawnLink> _links = [];
    private double _width;
    private double _height;

    [Parameter, EditorRequired] public FlowPathView Path { get; set; } = default!;

    private string ViewBox => $"0 0 {Num(_width)} {Num(_height)}";

    protected override void OnParametersSet()
    {
        var positions = Positions(Path);
        var minX = positions.Values.Select(p => p.X).DefaultIfEmpty(0).Min() - Margin;
        var minY = positions.Values.Select(p => p.Y).DefaultIfEmpty(0).Min() - Margin;
        var current = Path.Current.ToHashSet(StringComparer.Ordinal);
        var executed = Path.Executed.ToHashSet(StringComparer.Ordinal);
        _nodes = [.. Path.Nodes.Select(n =>
        {
            var (x, y) = positions[n.Id];
            var state = current.Contains(n.Id) ? "current" : executed.Contains(n.Id) ? "done" : "pending";
            return new DrawnNode(n.Id, n.Name ?? n.Id, n.Type[(n.Type.LastIndexOf('.') + 1)..], x - minX, y - minY, state);
        })];
        var byId = _nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _links = [.. Path.Connections.Where(c => byId.ContainsKey(c.Source) && byId.ContainsKey(c.Target))
            .Select(c => Link(c, byId[c.Source], byId[c.Target]))];
        _width = _nodes.Select(n => n.X + FlowGeometry.Width).DefaultIfEmpty(0).Max() + Margin;
        _height = _nodes.Select(n => n.Y + NodeHeight).DefaultIfEmpty(0).Max() + Margin;
    }

    /// <summary>The stored positions when every node has one, else the designer's auto-layout of the whole chart.</summary>
    private static Dictionary<string, (double X, double Y)> Positions(FlowPathView path)
    {
        if (path.Nodes.All(n => n.X is not null && n.Y is not null))
        {
            return path.Nodes.ToDictionary(n => n.Id, n => (n.X!.Value, n.Y!.Value), StringComparer.Ordinal);
        }

        var definition = new JsonObject
        {
            ["definitionId"] = path.DefinitionId,
            ["root"] = new JsonObject
            {
                ["id"] = "flowchart",
                ["type"] = "Elsa.Flowchart",
                ["activities"] = new JsonArray([.. path.Nodes.Select(n => (JsonNode)new JsonObject { ["id"] = n.Id, ["type"] = n.Type })]),
                ["connections"] = new JsonArray([.. path.Connections.Select(c => (JsonNode)FlowJson.Connection(c.Source, c.Port, c.Target))]),
            },
        };
        var laidOut = FlowLayout.Positions(new FlowDocument(definition));
        return path.Nodes.ToDictionary(n => n.Id, n => laidOut.TryGetValue(n.Id, out var p) ? p : (0, 0), StringComparer.Ordinal);
    }

    /// <summary>From the source's right edge to the target's left edge, curving like the designer's links.</summary>
    private static DrawnLink Link(FlowPathConnection c, DrawnNode from, DrawnNode to)
    {
        var (x1, y1) = (from.X + FlowGeometry.Width, from.Y + NodeHeight / 2);
        var (x2, y2) = (to.X, to.Y + NodeHeight / 2);
        var bend = Math.Max(40, Math.Abs(x2 - x1) / 2);
        var path = $"M {Num(x1)} {Num(y1)} C {Num(x1 + bend)} {Num(y1)}, {Num(x2 - bend)} {Num(y2)}, {Num(x2)} {Num(y2)}";
        return new DrawnLink(c.Source, c.Port, c.Target, c.Taken, path, (x1 + x2) / 2, (y1 + y2) / 2 - 6);
    }

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private sealed record DrawnNode(string Id, string Label, string ShortType, double X, double Y, string State);

    private sealed record DrawnLink(string Source, string Port, string Target, bool Taken, string Path, double LabelX, double LabelY);
}
