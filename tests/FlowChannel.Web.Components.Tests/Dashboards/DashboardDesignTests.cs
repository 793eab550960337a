using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Web.Components.Dashboards.Designer;

namespace FlowChannel.Web.Components.Tests.Dashboards;

/// <summary>The dashboard designer's editing model: adding, moving, resizing, editing and undoing widgets.</summary>
public sealed class DashboardDesignTests
{
    [Fact]
    public void Added_widgets_get_free_ids_stack_below_each_other_and_count_records()
    {
        var design = DashboardDesign.New("sales", "Sales", "销售");

        var first = design.Add("bar", "sales-order");
        var second = design.Add("kpi", "sales-order");

        Assert.Equal(["widget-1", "widget-2"], design.Definition.Widgets.Select(w => w.Id));
        Assert.Equal(new WidgetLayout(0, 0, 6, 4), first.Layout);
        Assert.Equal(new WidgetLayout(0, 4, 3, 2), second.Layout);
        Assert.Equal("widget-2", design.SelectedId);
        Assert.Equal("count", Assert.Single(second.Query.Measures).Aggregate);
    }

    [Fact]
    public void Moving_and_resizing_stay_inside_the_grid()
    {
        var design = DashboardDesign.New("sales", "Sales", "销售");
        var id = design.Add("bar", "sales-order").Id;

        design.Move(id, 4, 2);
        Assert.Equal(new WidgetLayout(4, 2, 6, 4), design.Selected!.Layout);
        design.Move(id, 10, -9);
        Assert.Equal(new WidgetLayout(6, 0, 6, 4), design.Selected!.Layout);
        design.Resize(id, 3, 1);
        Assert.Equal(new WidgetLayout(6, 0, 6, 5), design.Selected!.Layout);
        design.Move(id, -6, 0);
        design.Resize(id, 5, -10);
        Assert.Equal(new WidgetLayout(0, 0, 11, 1), design.Selected!.Layout);
    }

    [Fact]
    public void Undo_walks_back_through_every_edit_in_turn()
    {
        var design = DashboardDesign.New("sales", "Sales", "销售");
        Assert.False(design.CanUndo);
        var id = design.Add("bar", "sales-order").Id;
        design.Move(id, 2, 0);
        design.Update(id, w => WidgetEdits.AddDimension(w, "partner"));
        design.Remove(id);
        Assert.Empty(design.Definition.Widgets);

        design.Undo();
        Assert.Equal("partner", Assert.Single(design.Definition.Widgets[0].Query.Dimensions).Field);
        design.Undo();
        Assert.Empty(design.Definition.Widgets[0].Query.Dimensions);
        Assert.Equal(2, design.Definition.Widgets[0].Layout.X);
        design.Undo();
        Assert.Equal(0, design.Definition.Widgets[0].Layout.X);
        design.Undo();
        Assert.Empty(design.Definition.Widgets);
        Assert.Null(design.SelectedId);
        Assert.False(design.CanUndo);
    }

    [Fact]
    public void The_designed_document_reads_back_through_the_dashboard_parser()
    {
        var design = DashboardDesign.New("sales", "Sales", "销售");
        var id = design.Add("bar", "sales-order").Id;
        design.Update(id, w => WidgetEdits.AddDimension(w, "partner"));
        design.Update(id, w => WidgetEdits.SetMeasure(WidgetEdits.AddMeasure(w), 1, "sales", "sum", "amount"));
        design.Update(id, w => WidgetEdits.SetCalculated(WidgetEdits.AddCalculated(w), 0, "average", "IF(count == 0, 0, sales / count)"));
        design.Update(id, w => WidgetEdits.SetFilter(WidgetEdits.AddFilter(w, "kind"), 0, "amount", "gt", "100"));
        design.Update(id, w => WidgetEdits.SetDisplay(w, "format", "money"));

        var parsed = DashboardParser.Parse(design.ToJson());

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Pointer} {e.Message}")));
        var widget = Assert.Single(parsed.Definition!.Widgets);
        Assert.Equal(["count", "sales"], widget.Query.Measures.Select(m => m.Key));
        Assert.Equal("amount", widget.Query.Measures[1].Field);
        Assert.Equal("IF(count == 0, 0, sales / count)", Assert.Single(widget.Calculated!).Formula);
        Assert.Equal(100m, widget.Query.Filters[0].Value!.GetValue<decimal>());
        Assert.Equal("money", widget.Display!["format"]!.GetValue<string>());
        Assert.Equal("销售", parsed.Definition.Title.Values["zh-CN"]);
    }

    [Fact]
    public void An_incentive_report_reads_the_rebate_statements_and_has_no_measures_of_its_own()
    {
        var design = DashboardDesign.New("rebates", "Rebates", "返利");
        design.Add("nearMiss", "sales-order");

        var parsed = DashboardParser.Parse(design.ToJson());

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Pointer} {e.Message}")));
        Assert.Equal("rebate-statement", parsed.Definition!.Widgets[0].Form);
    }

    [Fact]
    public void A_mistake_is_reported_by_the_parser_at_its_pointer()
    {
        var design = DashboardDesign.New("sales", "Sales", "销售");
        var id = design.Add("bar", "sales-order").Id;
        design.Update(id, WidgetEdits.AddMeasure);
        design.Update(id, w => WidgetEdits.SetMeasure(w, 1, "count", "sum", "amount"));

        var errors = DashboardParser.Parse(design.ToJson()).Errors;

        Assert.Contains(errors, e => e.Pointer.StartsWith("/widgets/0/query/measures", StringComparison.Ordinal));
    }
}
