using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Web.Components.Dashboards.Designer;
using FlowChannel.Web.Components.Tests.Forms;
using Microsoft.AspNetCore.Components.Web;

namespace FlowChannel.Web.Components.Tests.Dashboards;

/// <summary>Dragging on the dashboard designer's canvas: a widget onto a cell moves it there, its handle onto a cell resizes it.</summary>
public sealed class DesignerCanvasDragTests : FormTestContext
{
    private readonly DashboardDesign _design = DashboardDesign.New("sales", "Sales", "销售");

    [Fact]
    public void Dropping_a_widget_on_a_cell_puts_its_corner_there_inside_the_grid_and_can_be_undone()
    {
        var id = _design.Add("bar", "sales-order").Id;
        var cut = Render<DesignerCanvas>(p => p.Add(c => c.Design, _design));

        Drag(cut, $"[data-testid=design-{id}]", "[data-testid=drop-3-2]");
        Assert.Equal(new WidgetLayout(3, 2, 6, 4), _design.Selected!.Layout);

        // Dropped too far right, it stops at the edge with its whole width.
        Drag(cut, $"[data-testid=design-{id}]", "[data-testid=drop-11-0]");
        Assert.Equal(new WidgetLayout(6, 0, 6, 4), _design.Selected!.Layout);

        _design.Undo();
        Assert.Equal(new WidgetLayout(3, 2, 6, 4), _design.Selected!.Layout);
    }

    [Fact]
    public void Dropping_the_resize_handle_on_a_cell_puts_the_bottom_right_corner_there_at_least_one_cell()
    {
        var id = _design.Add("kpi", "sales-order").Id;
        _design.MoveTo(id, 2, 1);
        var cut = Render<DesignerCanvas>(p => p.Add(c => c.Design, _design));

        Drag(cut, $"[data-testid=design-{id}] [data-testid=resize-handle]", "[data-testid=drop-9-6]");
        Assert.Equal(new WidgetLayout(2, 1, 8, 6), _design.Selected!.Layout);

        Drag(cut, $"[data-testid=design-{id}] [data-testid=resize-handle]", "[data-testid=drop-0-0]");
        Assert.Equal(new WidgetLayout(2, 1, 1, 1), _design.Selected!.Layout);
    }

    [Fact]
    public void A_drop_without_a_drag_changes_nothing_and_the_canvas_leaves_room_below()
    {
        var id = _design.Add("bar", "sales-order").Id;
        var cut = Render<DesignerCanvas>(p => p.Add(c => c.Design, _design));
        var before = _design.Selected!.Layout;

        cut.Find("[data-testid=drop-5-5]").TriggerEvent("ondrop", new DragEventArgs());

        Assert.Equal(before, _design.Definition.Widgets.Single(w => w.Id == id).Layout);
        Assert.Equal(12 * (before.Y + before.H + 4), cut.FindAll(".drop").Count);
    }

    private static void Drag(IRenderedComponent<DesignerCanvas> cut, string source, string target)
    {
        cut.Find(source).TriggerEvent("ondragstart", new DragEventArgs());
        Assert.Contains("dragging", cut.Find("[data-testid=design-canvas]").ClassName, StringComparison.Ordinal);
        cut.Find(target).TriggerEvent("ondrop", new DragEventArgs());
        Assert.DoesNotContain("dragging", cut.Find("[data-testid=design-canvas]").ClassName ?? "", StringComparison.Ordinal);
    }
}
