using FlowChannel.Web.Components.Designer;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

/// <summary>The property panel's width picker writes the form language's <c>width</c>, leaving "full" unwritten.</summary>
public sealed class WidthEditorTests : FormTestContext
{
    [Fact]
    public void Picking_a_width_writes_it_the_canvas_shows_it_and_full_removes_it()
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/0" };
        var panel = Render<PropertyPanel>(p => p.Add(c => c.State, state));

        panel.Find("[data-testid=prop-width]").Change("third");
        var canvas = Render<CanvasList>(p => p.Add(c => c.State, state));

        Assert.Equal("third", state.Properties.Item("/fields/0")!["width"]!.GetValue<string>());
        Assert.Single(canvas.FindAll("[data-item='/fields/0'] [data-testid=item-width]"));
        Assert.DoesNotContain(DesignProblem.Of(state.Document), p => p.Path.EndsWith("/width", StringComparison.Ordinal));

        panel.Find("[data-testid=prop-width]").Change("full");

        Assert.Null(state.Properties.Item("/fields/0")!["width"]);
    }
}
