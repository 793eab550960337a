using FlowChannel.Forms.Schema;
using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

public sealed class DesignerStateTests
{
    [Fact]
    public void Arrows_walk_every_item_in_document_order_including_those_inside_containers()
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/2" };

        state.HandleKey("ArrowDown", alt: false, ctrl: false, shift: false);
        Assert.Equal("/fields/2/fields/0", state.Selected);
        state.HandleKey("ArrowDown", alt: false, ctrl: false, shift: false);
        state.HandleKey("ArrowDown", alt: false, ctrl: false, shift: false);
        Assert.Equal("/fields/3/tabs/0/fields/0", state.Selected);
        state.HandleKey("ArrowUp", alt: false, ctrl: false, shift: false);
        Assert.Equal("/fields/3", state.Selected);
    }

    [Fact]
    public void Palette_click_adds_into_a_selected_subform_and_after_a_selected_plain_field()
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/2" };

        state.AddNearSelection(FieldType.Date);
        Assert.Equal("/fields/2/fields/1", state.Selected);
        Assert.Equal("date", SchemaPointer.Resolve(state.Document.Root, "/fields/2/fields/1")!["type"]!.GetValue<string>());

        state.Selected = "/fields/0";
        state.AddNearSelection(FieldType.Number);
        Assert.Equal("/fields/1", state.Selected);
        Assert.Equal("kind", DesignerForms.KeyAt(state.Document, "/fields/2"));
    }

    [Fact]
    public void Alt_arrows_move_delete_removes_and_ctrl_z_undoes()
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/0" };

        state.HandleKey("ArrowDown", alt: true, ctrl: false, shift: false);
        Assert.Equal("/fields/1", state.Selected);
        Assert.Equal("name", DesignerForms.KeyAt(state.Document, "/fields/1"));

        state.HandleKey("Delete", alt: false, ctrl: false, shift: false);
        Assert.Equal("lines", DesignerForms.KeyAt(state.Document, "/fields/1"));

        state.HandleKey("z", alt: false, ctrl: true, shift: false);
        Assert.Equal("name", DesignerForms.KeyAt(state.Document, "/fields/1"));
        state.HandleKey("Z", alt: false, ctrl: true, shift: true);
        Assert.Equal("lines", DesignerForms.KeyAt(state.Document, "/fields/1"));
    }

    [Fact]
    public void Dropping_a_palette_type_adds_it_there_and_selects_it()
    {
        var state = new DesignerState(DesignerForms.Sample());
        state.StartDrag(FieldType.Email);

        Assert.True(state.Drop("/fields/3/tabs/1/fields", 0));

        Assert.Equal("/fields/3/tabs/1/fields/0", state.Selected);
        Assert.Equal("email", DesignerForms.KeyAt(state.Document, state.Selected!));
        Assert.Null(state.DraggingType);
    }

    [Fact]
    public void Problems_link_to_the_item_they_are_in()
    {
        var document = DesignerForms.Sample();
        new PropertyEditor(document).Set("/fields/2/fields/0", "min", JsonValue.Create("many"));

        var problem = Assert.Single(DesignProblem.Of(document));

        Assert.Equal("/fields/2/fields/0/min", problem.Path);
        Assert.Equal("/fields/2/fields/0", problem.Item);
    }
}
