using FlowChannel.Web.FlowDesigner;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

public sealed class FlowDesignerStateTests
{
    private static FlowDesignerState State()
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();
        return new FlowDesignerState(document, FlowSamples.Catalog);
    }

    [Fact]
    public void A_palette_drop_adds_the_node_centred_under_the_pointer_through_zoom_and_pan()
    {
        var state = State();
        state.ZoomBy(2);
        state.PanBy(100, 50);
        state.StartDrag("FlowChannel.Notify");

        var id = state.Drop(500, 250);

        Assert.Equal("notify1", id);
        Assert.Equal(id, state.Selected);
        Assert.Equal((200 - FlowDesignerState.NodeWidth / 2, 100 - FlowDesignerState.NodeHeight / 2), FlowJson.Position(state.Document.Node(id!)!));
    }

    [Fact]
    public void Dragging_a_node_is_one_undo_step_however_many_moves_it_takes()
    {
        var state = State();
        var revision = state.Document.Revision;

        state.StartMove("approval1", 10, 10);
        state.PointerMove(30, 20, 0, 0);
        state.PointerMove(60, 50, 0, 0);
        Assert.Equal((350, 40), state.PositionOf("approval1"));
        Assert.Equal(revision, state.Document.Revision);
        state.PointerUp("approval1");

        Assert.Equal((350, 40), FlowJson.Position(state.Document.Node("approval1")!));
        state.Document.Undo();
        Assert.Equal((300, 0), FlowJson.Position(state.Document.Node("approval1")!));
    }

    [Fact]
    public void Drawing_from_a_port_connects_when_released_on_a_node_and_not_on_the_background()
    {
        var state = State();

        state.StartConnect("approval1", "Rejected");
        Assert.False(state.PointerUp(null));
        state.StartConnect("approval1", "Rejected");
        Assert.True(state.PointerUp("end1"));

        Assert.Contains(state.Document.Connections.OfType<JsonObject>(), c => FlowJson.Ends(c) == ("approval1", "Rejected", "end1"));
    }

    [Fact]
    public void Delete_key_removes_the_selected_node_and_ctrl_z_restores_it()
    {
        var state = State();
        state.Selected = "approval2";

        Assert.True(state.HandleKey("Delete", ctrl: false, shift: false));
        Assert.Null(state.Document.Node("approval2"));
        Assert.Null(state.Selected);
        Assert.True(state.HandleKey("z", ctrl: true, shift: false));
        Assert.NotNull(state.Document.Node("approval2"));
    }

    [Fact]
    public void Copy_and_paste_keys_duplicate_the_selected_node_and_select_the_copy()
    {
        var state = State();
        state.Selected = "approval1";

        state.HandleKey("c", ctrl: true, shift: false);
        state.HandleKey("v", ctrl: true, shift: false);

        Assert.Equal("approval3", state.Selected);
        Assert.Equal("FlowChannel.Approval", FlowJson.Type(state.Document.Node("approval3")!));
    }

    [Fact]
    public void Fit_shows_every_node_inside_the_viewport()
    {
        var state = State();

        state.Fit(600, 300);

        foreach (var node in state.Document.Activities.OfType<JsonObject>())
        {
            var (x, y) = FlowJson.Position(node);
            var right = (x + FlowDesignerState.NodeWidth) * state.Zoom + state.Pan.X;
            var bottom = (y + FlowDesignerState.NodeHeight) * state.Zoom + state.Pan.Y;
            Assert.InRange(x * state.Zoom + state.Pan.X, 0, 600);
            Assert.InRange(right, 0, 600);
            Assert.InRange(bottom, 0, 300);
        }
    }
}
