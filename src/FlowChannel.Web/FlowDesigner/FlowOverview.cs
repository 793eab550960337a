using System.Text.Json.Nodes;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>A box in canvas units (x, y from the top left).</summary>
public readonly record struct FlowBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}

/// <summary>
/// The minimap of a large flow: every node and the part of the canvas in view, scaled to fit a small panel, and the
/// way back from a point of that panel to the canvas point it shows (a click there pans the canvas to it).
/// </summary>
public sealed class FlowOverview
{
    private const double Padding = 6;

    private FlowOverview(IReadOnlyList<(string Id, FlowBox Box)> nodes, FlowBox viewport, FlowBox world, double scale)
    {
        (Nodes, Viewport, World, Scale) = (nodes, viewport, world, scale);
    }

    /// <summary>Each node's box in canvas units.</summary>
    public IReadOnlyList<(string Id, FlowBox Box)> Nodes { get; }

    /// <summary>The part of the canvas the viewport shows, in canvas units.</summary>
    public FlowBox Viewport { get; }

    /// <summary>What the panel shows: the nodes and the viewport together.</summary>
    public FlowBox World { get; }

    /// <summary>Panel pixels per canvas unit.</summary>
    public double Scale { get; }

    /// <param name="state">The designer: node positions, zoom and pan.</param>
    /// <param name="canvasWidth">The canvas element's width in pixels.</param>
    /// <param name="canvasHeight">The canvas element's height in pixels.</param>
    /// <param name="panelWidth">The minimap's width in pixels.</param>
    /// <param name="panelHeight">The minimap's height in pixels.</param>
    public static FlowOverview Of(FlowDesignerState state, double canvasWidth, double canvasHeight, double panelWidth, double panelHeight)
    {
        ArgumentNullException.ThrowIfNull(state);
        var nodes = state.Document.Activities.OfType<JsonObject>().Select(FlowJson.Id).Select(id => (id, state.BoxOf(id))).ToList();
        var viewport = new FlowBox(-state.Pan.X / state.Zoom, -state.Pan.Y / state.Zoom, canvasWidth / state.Zoom, canvasHeight / state.Zoom);
        var boxes = nodes.Select(n => n.Item2).Append(viewport).ToList();
        var world = new FlowBox(boxes.Min(b => b.X), boxes.Min(b => b.Y), 0, 0);
        world = world with { Width = boxes.Max(b => b.Right) - world.X, Height = boxes.Max(b => b.Bottom) - world.Y };
        var scale = Math.Min((panelWidth - 2 * Padding) / Math.Max(1, world.Width), (panelHeight - 2 * Padding) / Math.Max(1, world.Height));
        return new FlowOverview(nodes, viewport, world, scale);
    }

    /// <summary>A box in panel pixels.</summary>
    public FlowBox ToPanel(FlowBox box) =>
        new((box.X - World.X) * Scale + Padding, (box.Y - World.Y) * Scale + Padding, box.Width * Scale, box.Height * Scale);

    /// <summary>The canvas point a panel pixel shows.</summary>
    public (double X, double Y) ToCanvas(double panelX, double panelY) =>
        ((panelX - Padding) / Scale + World.X, (panelY - Padding) / Scale + World.Y);
}
