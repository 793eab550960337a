using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Web.FlowDesigner;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace FlowChannel.Web.Components.FlowDesigner;

public sealed partial class FlowCanvas : IAsyncDisposable
{
    // The zoom and layout buttons float over the canvas's top edge; fit keeps nodes below them.
    private const double ToolbarHeight = 40;

    private ElementReference _host;
    private IJSObjectReference? _module;
    private double[] _rect = [0, 0, 800, 500];
    private (double X, double Y)? _panning;

    [Parameter, EditorRequired] public FlowDesignerState State { get; set; } = default!;

    [Parameter] public IReadOnlyList<FlowProblem> Problems { get; set; } = [];

    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;

    // The scale keeps four decimals: at a fit's small zoom, 0.055 written as 0.06 draws a large flow 9 % bigger and
    // pushes its far nodes off the canvas.
    private string Transform => $"translate({Num(State.Pan.X)},{Num(State.Pan.Y)}) scale({State.Zoom.ToString("0.####", CultureInfo.InvariantCulture)})";

    private sealed record NodeView(string Id, string Type, string ShortType, string Label, string Icon, double X, double Y, double Height, IReadOnlyList<string> Ports);

    private sealed record LinkView(string Source, string Port, string Target, string Path, double LabelX, double LabelY);

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private List<NodeView> Nodes() => [.. State.Document.Activities.OfType<JsonObject>().Select(node =>
    {
        var id = FlowJson.Id(node);
        var type = FlowJson.Type(node);
        var ports = FlowPorts.Of(node, State.Catalog);
        var (x, y) = State.PositionOf(id);
        return new NodeView(id, type, type[(type.LastIndexOf('.') + 1)..], FlowJson.Label(node), State.Catalog.Find(type)?.Icon ?? "?", x, y, FlowNodeSize.Height(ports.Count), ports);
    })];

    private IEnumerable<LinkView> Links()
    {
        var nodes = Nodes().ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var (source, port, target) in State.Document.Connections.OfType<JsonObject>().Select(FlowJson.Ends))
        {
            if (!nodes.TryGetValue(source, out var from) || !nodes.TryGetValue(target, out var to))
            {
                continue;
            }
            var index = Math.Max(0, IndexOf(from.Ports, port));
            var (x1, y1) = (from.X + FlowNodeSize.Width, from.Y + FlowNodeSize.PortY(index));
            var (x2, y2) = (to.X, to.Y + to.Height / 2);
            var bend = Math.Max(40, Math.Abs(x2 - x1) / 2);
            yield return new LinkView(source, port, target,
                $"M {Num(x1)} {Num(y1)} C {Num(x1 + bend)} {Num(y1)}, {Num(x2 - bend)} {Num(y2)}, {Num(x2)} {Num(y2)}",
                (x1 + x2) / 2, (y1 + y2) / 2 - 6);
        }
    }

    private string? DrawingLine()
    {
        if (State.Drawing is not { } d || Nodes().FirstOrDefault(n => n.Id == d.Node) is not { } from)
        {
            return null;
        }
        var y = from.Y + FlowNodeSize.PortY(Math.Max(0, IndexOf(from.Ports, d.Port)));
        return $"M {Num(from.X + FlowNodeSize.Width)} {Num(y)} L {Num(d.X)} {Num(d.Y)}";
    }

    private static int IndexOf(IReadOnlyList<string> ports, string port)
    {
        for (var i = 0; i < ports.Count; i++)
        {
            if (string.Equals(ports[i], port, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private async Task<double[]> RectAsync()
    {
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/flow-canvas.js");
        _rect = await _module.InvokeAsync<double[]>("rect", _host);
        return _rect;
    }

    // The minimap needs the canvas's real size to draw the viewport; it is known once the canvas is on the page.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await RectAsync();
            StateHasChanged();
        }
    }

    // The minimap changed the pan; handling its callback here redraws the canvas.
    private static void Redraw()
    {
    }

    private async Task DropAsync(DragEventArgs e)
    {
        // The browser's dragend may be handled while the canvas position is fetched, and it clears the drag.
        var dragged = State.Dragging;
        var rect = await RectAsync();
        if (State.Drop(e.ClientX - rect[0], e.ClientY - rect[1], dragged) is not null)
        {
            await OnChanged.InvokeAsync();
        }
    }

    private async Task NodeDown(string id, PointerEventArgs e)
    {
        // Started before the await: the pointerup that ends a click may be handled during it.
        State.StartMove(id, e.ClientX, e.ClientY);
        await RectAsync();
        await OnChanged.InvokeAsync();
    }

    private void BackgroundDown(PointerEventArgs e)
    {
        if (State.Drawing is null)
        {
            State.Selected = null;
            _panning = (e.ClientX, e.ClientY);
        }
    }

    private void PointerMove(PointerEventArgs e)
    {
        if (_panning is { } p && e.Buttons == 1)
        {
            State.PanBy(e.ClientX - p.X, e.ClientY - p.Y);
            _panning = (e.ClientX, e.ClientY);
            return;
        }
        State.PointerMove(e.ClientX, e.ClientY, e.ClientX - _rect[0], e.ClientY - _rect[1]);
    }

    private async Task UpAsync(string? target)
    {
        _panning = null;
        if (State.PointerUp(target))
        {
            await OnChanged.InvokeAsync();
        }
    }

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        if (State.HandleKey(e.Key, e.CtrlKey || e.MetaKey, e.ShiftKey))
        {
            await OnChanged.InvokeAsync();
        }
    }

    private async Task FitAsync()
    {
        var rect = await RectAsync();
        State.Fit(rect[2], rect[3], ToolbarHeight, FlowMinimap.Footprint);
    }

    private Task LayoutAsync()
    {
        FlowLayout.Apply(State.Document);
        return OnChanged.InvokeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }
}
