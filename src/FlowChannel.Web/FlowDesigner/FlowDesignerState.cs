
namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// What the flow canvas works with besides the definition: selection, zoom and pan, the palette drag, a node
/// being moved and a connection being drawn. Every gesture is a method, so tests drive it without a browser.
/// </summary>
public sealed class FlowDesignerState(FlowDocument document, FlowCatalog catalog)
{
    public const double NodeWidth = FlowNodeSize.Width;

    /// <summary>The height of a node with one port: where a dropped node's middle goes. Use <see cref="BoxOf"/> for a node's real size.</summary>
    public const double NodeHeight = FlowNodeSize.MinHeight;

    /// <summary>Small enough that fit shows a large flow whole in a narrow canvas; the minimap shows it at any zoom.</summary>
    public const double MinZoom = 0.1;

    private (string Id, double X, double Y, double ClientX, double ClientY)? _moving;

    public FlowDocument Document { get; } = document;

    public FlowCatalog Catalog { get; } = catalog;

    public FlowEditor Editor { get; } = new(document);

    public FlowClipboard Clipboard => _clipboard ??= new FlowClipboard(Document, Editor);

    private FlowClipboard? _clipboard;

    public string? Selected { get; set; }

    public double Zoom { get; private set; } = 1;

    public (double X, double Y) Pan { get; private set; }

    /// <summary>A palette activity being dragged in.</summary>
    public FlowActivityInfo? Dragging { get; private set; }

    /// <summary>The port a connection is being drawn from, and where the pointer is (canvas units).</summary>
    public (string Node, string Port, double X, double Y)? Drawing { get; private set; }

    /// <summary>Where a node is drawn: the position being dragged to while it moves, else its stored one.</summary>
    public (double X, double Y) PositionOf(string id) =>
        _moving is { } m && m.Id == id ? (m.X, m.Y) : Document.Node(id) is { } node ? FlowJson.Position(node) : (0, 0);

    public void StartDrag(string type) => Dragging = Catalog.Find(type);

    public void EndDrag() => Dragging = null;

    /// <summary>
    /// Drops the dragged activity (or <paramref name="dragged"/>, taken before an await during which the drag may end)
    /// at a point of the canvas element (pixels from its top left).
    /// </summary>
    public string? Drop(double pixelX, double pixelY, FlowActivityInfo? dragged = null)
    {
        if ((dragged ?? Dragging) is not { } activity)
        {
            return null;
        }
        var (x, y) = ToCanvas(pixelX, pixelY);
        Selected = Editor.AddNode(activity, x - NodeWidth / 2, y - NodeHeight / 2);
        Dragging = null;
        return Selected;
    }

    /// <summary>Adds a palette activity without dragging (a click, Enter): right of the selection, else at the top left.</summary>
    public string Add(string type)
    {
        var activity = Catalog.Find(type) ?? throw new ArgumentException($"Unknown activity type '{type}'.", nameof(type));
        var (x, y) = Selected is { } s && Document.Node(s) is not null ? PositionOf(s) : (FlowLayout.Margin - FlowLayout.ColumnWidth, FlowLayout.Margin);
        var added = Editor.AddNode(activity, x + FlowLayout.ColumnWidth, y);
        if (Selected is { } from && Document.Node(from) is { } node && FlowPorts.Of(node, Catalog) is [var port, ..])
        {
            Editor.Connect(from, port, added);
        }
        Selected = added;
        return added;
    }

    public void StartMove(string id, double clientX, double clientY)
    {
        Selected = id;
        var (x, y) = PositionOf(id);
        _moving = (id, x, y, clientX, clientY);
    }

    public void StartConnect(string node, string port)
    {
        var (x, y) = PositionOf(node);
        Drawing = (node, port, x + NodeWidth, y + NodeHeight / 2);
    }

    /// <summary>Follows the pointer: moves the node being dragged or stretches the connection being drawn.</summary>
    public bool PointerMove(double clientX, double clientY, double pixelX, double pixelY)
    {
        if (_moving is { } m)
        {
            _moving = m with { X = m.X + (clientX - m.ClientX) / Zoom, Y = m.Y + (clientY - m.ClientY) / Zoom, ClientX = clientX, ClientY = clientY };
            return true;
        }
        if (Drawing is { } d)
        {
            var (x, y) = ToCanvas(pixelX, pixelY);
            Drawing = d with { X = x, Y = y };
            return true;
        }
        return false;
    }

    /// <summary>Ends a gesture; over <paramref name="target"/> a connection being drawn is made to it.</summary>
    public bool PointerUp(string? target)
    {
        if (_moving is { } m)
        {
            _moving = null;
            Editor.Move(m.Id, m.X, m.Y);
            return true;
        }
        if (Drawing is { } d)
        {
            Drawing = null;
            return target is not null && Editor.Connect(d.Node, d.Port, target);
        }
        return false;
    }

    public void ZoomBy(double factor) => Zoom = Math.Clamp(Zoom * factor, MinZoom, 3);

    public void PanBy(double dx, double dy) => Pan = (Pan.X + dx, Pan.Y + dy);

    /// <summary>Pans (keeping the zoom) so a canvas point sits in the middle of a viewport of the given size.</summary>
    public void CenterOn(double x, double y, double width, double height) => Pan = (width / 2 - x * Zoom, height / 2 - y * Zoom);

    /// <summary>Where a node is drawn and how big: its real height has one row per outcome port.</summary>
    public FlowBox BoxOf(string id)
    {
        var (x, y) = PositionOf(id);
        var ports = Document.Node(id) is { } node ? FlowPorts.Of(node, Catalog).Count : 0;
        return new FlowBox(x, y, FlowNodeSize.Width, FlowNodeSize.Height(ports));
    }

    /// <summary>
    /// Zooms and pans so every node shows whole, centred, in a viewport of the given size below a toolbar
    /// <paramref name="top"/> pixels high and clear of a panel of <paramref name="corner"/> size in the bottom right
    /// corner (the overview). A flow too large even at <see cref="MinZoom"/> shows its top left part.
    /// </summary>
    public void Fit(double width, double height, double top = 0, (double Width, double Height) corner = default)
    {
        var boxes = Document.Activities.OfType<System.Text.Json.Nodes.JsonObject>().Select(a => BoxOf(FlowJson.Id(a))).ToList();
        if (boxes.Count == 0 || width <= 0 || height - top <= 0)
        {
            (Zoom, Pan) = (1, (0, top));
            return;
        }
        var fit = FitInto(boxes, width, height, top);
        var panel = new FlowBox(width - corner.Width, height - corner.Height, corner.Width, corner.Height);
        if (corner.Width > 0 && corner.Height > 0 && boxes.Any(b => Overlaps(OnScreen(b, fit), panel)))
        {
            // Under the panel a node is as hidden as off screen: keep clear of it above or to its left, whichever is bigger.
            var above = FitInto(boxes, width, height - corner.Height, top);
            var beside = FitInto(boxes, width - corner.Width, height, top);
            fit = above.Zoom >= beside.Zoom ? above : beside;
        }
        (Zoom, Pan) = fit;
    }

    private static (double Zoom, (double X, double Y) Pan) FitInto(List<FlowBox> boxes, double width, double height, double top)
    {
        var available = Math.Max(1, height - top);
        var (left, upper) = (boxes.Min(b => b.X) - FlowLayout.Margin, boxes.Min(b => b.Y) - FlowLayout.Margin);
        var (right, bottom) = (boxes.Max(b => b.Right) + FlowLayout.Margin, boxes.Max(b => b.Bottom) + FlowLayout.Margin);
        var zoom = Math.Clamp(Math.Min(Math.Max(1, width) / (right - left), available / (bottom - upper)), MinZoom, 1.5);
        var (spareX, spareY) = (Math.Max(0, width - (right - left) * zoom), Math.Max(0, available - (bottom - upper) * zoom));
        return (zoom, (spareX / 2 - left * zoom, top + spareY / 2 - upper * zoom));
    }

    private static FlowBox OnScreen(FlowBox box, (double Zoom, (double X, double Y) Pan) view) =>
        new(box.X * view.Zoom + view.Pan.X, box.Y * view.Zoom + view.Pan.Y, box.Width * view.Zoom, box.Height * view.Zoom);

    private static bool Overlaps(FlowBox a, FlowBox b) => a.X < b.Right && b.X < a.Right && a.Y < b.Bottom && b.Y < a.Bottom;

    /// <summary>Canvas keys: Delete removes the selection, Ctrl+C/V copy and paste, Ctrl+Z/Y undo and redo, Escape deselects.</summary>
    public bool HandleKey(string key, bool ctrl, bool shift)
    {
        switch (key)
        {
            case "z" or "Z" when ctrl && !shift:
                return Document.Undo() && KeepSelection();
            case "y" or "Y" or "z" or "Z" when ctrl:
                return Document.Redo() && KeepSelection();
            case "c" or "C" when ctrl && Selected is not null:
                return Clipboard.Copy([Selected]);
            case "v" or "V" when ctrl:
                var pasted = Clipboard.Paste();
                Selected = pasted.Count > 0 ? pasted[0] : Selected;
                return pasted.Count > 0;
            case "Delete" or "Backspace" when Selected is not null:
                Editor.Delete([Selected]);
                Selected = null;
                return true;
            case "Escape":
                (Selected, Drawing, _moving) = (null, null, null);
                return true;
            default:
                return false;
        }
    }

    private (double X, double Y) ToCanvas(double pixelX, double pixelY) => ((pixelX - Pan.X) / Zoom, (pixelY - Pan.Y) / Zoom);

    private bool KeepSelection()
    {
        if (Selected is not null && Document.Node(Selected) is null)
        {
            Selected = null;
        }
        return true;
    }
}
