using FlowChannel.Web.Components.FlowDesigner;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.FlowDesigner;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

/// <summary>
/// Fit with nodes of different heights: an approval node draws one row per outcome and is much taller than a
/// one-port node, so fit must use the size each node is drawn at, not one fixed height.
/// </summary>
public sealed class FlowFitTests : FormTestContext
{
    private const double CanvasWidth = 900;
    private const double CanvasHeight = 300;
    private const double Toolbar = 40;

    // A trigger at the top, and the tall approval node lowest: the flow's height is what limits the zoom.
    private static FlowDesignerState TallFlow()
    {
        var document = FlowDocument.New("tall", "Tall");
        var editor = new FlowEditor(document);
        var trigger = editor.AddNode(FlowSamples.Info("FlowChannel.FormSubmitted"), 0, 0);
        var approval = editor.AddNode(FlowSamples.Info("FlowChannel.Approval"), 300, 700);
        editor.Connect(trigger, "Done", approval);
        return new FlowDesignerState(document, FlowSamples.Catalog);
    }

    [Fact]
    public void An_approval_nodes_box_is_as_tall_as_its_four_outcome_ports_need()
    {
        var state = TallFlow();

        Assert.Equal(new FlowBox(300, 700, 180, 98), state.BoxOf("approval1"));
        Assert.Equal(56, state.BoxOf("formSubmitted1").Height);
    }

    [Theory]
    [InlineData(CanvasHeight, 0)]
    [InlineData(CanvasHeight, Toolbar)]
    [InlineData(3000, Toolbar)]
    public void Fit_shows_the_tall_node_whole_below_the_toolbar(double height, double top)
    {
        var state = TallFlow();

        state.Fit(CanvasWidth, height, top);

        // Sized as the canvas draws them, with the margin fit promises around the flow.
        var margin = FlowLayout.Margin * state.Zoom;
        foreach (var node in state.Document.Activities.OfType<JsonObject>())
        {
            var (x, y) = FlowJson.Position(node);
            var drawnHeight = FlowNodeSize.Height(FlowPorts.Of(node, state.Catalog).Count);
            Assert.InRange(x * state.Zoom + state.Pan.X, margin - 0.001, CanvasWidth);
            Assert.InRange((x + FlowNodeSize.Width) * state.Zoom + state.Pan.X, 0, CanvasWidth - margin + 0.001);
            Assert.InRange(y * state.Zoom + state.Pan.Y, top + margin - 0.001, height);
            Assert.InRange((y + drawnHeight) * state.Zoom + state.Pan.Y, top, height - margin + 0.001);
        }
    }

    [Fact]
    public void Fit_keeps_nodes_clear_of_the_overview_in_the_bottom_right_corner()
    {
        // As wide for its height as the viewport: fitted to the whole canvas, the approval node would sit under the overview.
        var document = FlowDocument.New("wide", "Wide");
        var editor = new FlowEditor(document);
        editor.AddNode(FlowSamples.Info("FlowChannel.FormSubmitted"), 0, 0);
        editor.AddNode(FlowSamples.Info("FlowChannel.Approval"), 1400, 300);
        var state = new FlowDesignerState(document, FlowSamples.Catalog);
        var corner = new FlowBox(CanvasWidth - 210, CanvasHeight - 140, 210, 140);

        state.Fit(CanvasWidth, CanvasHeight, Toolbar, (corner.Width, corner.Height));

        var approval = state.BoxOf("approval1");
        var (left, upper) = (approval.X * state.Zoom + state.Pan.X, approval.Y * state.Zoom + state.Pan.Y);
        var (right, bottom) = (approval.Right * state.Zoom + state.Pan.X, approval.Bottom * state.Zoom + state.Pan.Y);
        Assert.True(right <= corner.X || bottom <= corner.Y, $"the approval node ({left:0}..{right:0}, {upper:0}..{bottom:0}) is under the overview");
        Assert.InRange(right, 0, CanvasWidth);
        Assert.InRange(bottom, Toolbar, CanvasHeight);
        Assert.True(state.Zoom > 0.4, $"zoom {state.Zoom}: the room beside the overview is the larger");
    }

    [Fact]
    public void After_fit_every_node_the_canvas_draws_is_inside_the_canvas_and_below_its_toolbar()
    {
        JSInterop.SetupModule("./js/flow-canvas.js").Setup<double[]>("rect", _ => true).SetResult([0, 0, CanvasWidth, CanvasHeight]);
        var state = TallFlow();
        var cut = Render<FlowCanvas>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=zoom-fit]").Click();

        var (panX, panY, zoom) = ViewTransform(cut.Find("svg.flow-svg > g").GetAttribute("transform")!);
        foreach (var node in cut.FindAll("g.flow-node"))
        {
            var (x, y) = Translate(node.GetAttribute("transform")!);
            var rect = node.QuerySelector("rect")!;
            var (width, height) = (Number(rect.GetAttribute("width")), Number(rect.GetAttribute("height")));
            var id = node.GetAttribute("data-testid");
            Assert.True(x * zoom + panX >= 0 && (x + width) * zoom + panX <= CanvasWidth, $"{id} is cut off at the side");
            // Zoom and pan are written rounded to 0.01: a pixel of slack, and the margin fit keeps around the flow.
            var margin = FlowLayout.Margin * zoom - 1;
            Assert.True(y * zoom + panY >= Toolbar + margin && (y + height) * zoom + panY <= CanvasHeight - margin,
                $"{id} is cut off: {y * zoom + panY:0.#}..{(y + height) * zoom + panY:0.#}");
            Assert.False((x + width) * zoom + panX > CanvasWidth - 210 && (y + height) * zoom + panY > CanvasHeight - 140, $"{id} is under the overview");
        }
        Assert.Equal("98", cut.Find("[data-testid=node-approval1] rect").GetAttribute("height"));
    }

    private static (double X, double Y, double Zoom) ViewTransform(string transform)
    {
        var (x, y) = Translate(transform);
        var scale = transform[(transform.IndexOf("scale(", StringComparison.Ordinal) + 6)..].TrimEnd(')');
        return (x, y, Number(scale));
    }

    private static (double X, double Y) Translate(string transform)
    {
        var start = transform.IndexOf("translate(", StringComparison.Ordinal) + 10;
        var parts = transform[start..transform.IndexOf(')', start)].Split(',');
        return (Number(parts[0]), Number(parts[1]));
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
