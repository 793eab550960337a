using FlowChannel.Web.Components.Dashboards.Designer;
using FlowChannel.Web.Components.Tests.Forms;

namespace FlowChannel.Web.Components.Tests.Dashboards;

/// <summary>The designer's grid rendered with bUnit: its buttons drive the real editing model.</summary>
public sealed class DesignerCanvasTests : FormTestContext
{
    [Fact]
    public void The_buttons_move_resize_select_and_remove_widgets()
    {
        var design = DashboardDesign.New("sales", "Sales", "销售");
        design.Add("bar", "sales-order");
        design.Add("pie", "sales-order");
        design.Select(null);
        var cut = Render<DesignerCanvas>(p => p.Add(c => c.Design, design));

        cut.Find("[data-testid=design-widget-1] [data-testid=move-right]").Click();
        cut.Find("[data-testid=design-widget-1] [data-testid=wider]").Click();
        cut.Find("[data-testid=design-widget-1] [data-testid=taller]").Click();
        cut.Render();

        Assert.Equal("1,0,7,5", cut.Find("[data-testid=design-widget-1]").GetAttribute("data-layout"));
        Assert.Contains("grid-column: 2 / span 7", cut.Find("[data-testid=design-widget-1]").GetAttribute("style"), StringComparison.Ordinal);
        // The tools do not select; a click on the widget does.
        Assert.Null(design.SelectedId);
        cut.Find("[data-testid=design-widget-2]").Click();
        Assert.Equal("widget-2", design.SelectedId);
        cut.Render();
        Assert.Contains("selected", cut.Find("[data-testid=design-widget-2]").ClassList);

        cut.Find("[data-testid=design-widget-2] [data-testid=remove]").Click();
        cut.Render();
        Assert.Single(cut.FindAll(".cell"));
        Assert.Null(design.SelectedId);
    }

    [Fact]
    public void The_property_panel_sets_the_source_dimension_and_measure_of_the_widget()
    {
        var design = DashboardDesign.New("sales", "Sales", "销售");
        var id = design.Add("bar", "sales-order").Id;
        var cut = Render<WidgetProperties>(p => p
            .Add(c => c.Widget, design.Selected!)
            .Add(c => c.Forms, [new Application.Forms.FormSummary("sales-order", 1, "Orders", ["view"]), new Application.Forms.FormSummary("payment", 1, "Payments", ["view"])])
            .Add(c => c.OnEdit, (Func<Application.Dashboards.Definitions.DashboardWidget, Application.Dashboards.Definitions.DashboardWidget> e) => design.Update(id, e)));

        cut.Find("[data-testid=prop-form]").Change("payment");
        cut.Render(p => p.Add(c => c.Widget, design.Selected!));
        cut.Find("[data-testid=add-dimension]").Click();
        cut.Render(p => p.Add(c => c.Widget, design.Selected!));
        cut.Find("[data-testid=measure-aggregate]").Change("distinctCount");
        cut.Render(p => p.Add(c => c.Widget, design.Selected!));
        cut.Find("[data-testid=prop-title-en]").Change("Payments by status");

        var widget = design.Selected!;
        Assert.Equal("payment", widget.Form);
        Assert.Equal("$status", Assert.Single(widget.Query.Dimensions).Field);
        Assert.Equal("distinctCount", widget.Query.Measures[0].Aggregate);
        Assert.Equal("Payments by status", widget.Title.Values["en"]);
        Assert.Equal("组件 1", widget.Title.Values["zh-CN"]);
    }
}
