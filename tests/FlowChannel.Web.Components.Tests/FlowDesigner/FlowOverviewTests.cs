using FlowChannel.Web.FlowDesigner;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

public sealed class FlowOverviewTests
{
    // The sample places its four nodes at x = 0, 300, 600 and 900 on one row.
    private static FlowDesignerState State()
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();
        return new FlowDesignerState(document, FlowSamples.Catalog);
    }

    [Fact]
    public void The_overview_holds_every_node_and_the_viewport_inside_its_panel()
    {
        var state = State();
        state.ZoomBy(2);

        var overview = FlowOverview.Of(state, 400, 300, 200, 130);

        Assert.Equal(4, overview.Nodes.Count);
        Assert.Equal(new FlowBox(0, 0, 200, 150), overview.Viewport);
        foreach (var box in overview.Nodes.Select(n => n.Box).Append(overview.Viewport).Select(overview.ToPanel))
        {
            Assert.InRange(box.X, 0, 200);
            Assert.InRange(box.Right, 0, 200.0001);
            Assert.InRange(box.Bottom, 0, 130.0001);
        }
    }

    [Fact]
    public void A_click_on_a_node_in_the_overview_centres_the_canvas_on_it()
    {
        var state = State();
        var overview = FlowOverview.Of(state, 400, 300, 200, 130);
        var finance = overview.ToPanel(overview.Nodes.Single(n => n.Id == "approval2").Box);

        var (x, y) = overview.ToCanvas(finance.X + finance.Width / 2, finance.Y + finance.Height / 2);
        state.CenterOn(x, y, 400, 300);
        var after = FlowOverview.Of(state, 400, 300, 200, 130);

        Assert.Equal(600 + FlowDesignerState.NodeWidth / 2, x, 6);
        Assert.Equal(after.Viewport.X + after.Viewport.Width / 2, x, 6);
        Assert.Equal(after.Viewport.Y + after.Viewport.Height / 2, y, 6);
    }
}
