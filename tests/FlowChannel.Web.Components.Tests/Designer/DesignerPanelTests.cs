using FlowChannel.Web.Components.Designer;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

/// <summary>The palette, the property panel and the rule editor rendered with bUnit, driving the real editing model.</summary>
public sealed class DesignerPanelTests : FormTestContext
{
    [Fact]
    public void The_palette_shows_every_type_and_a_click_adds_it_after_the_selection()
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/0" };
        var cut = Render<DesignerPalette>(p => p.Add(c => c.State, state));

        Assert.Equal(Enum.GetValues<FieldType>().Length, cut.FindAll(".palette-item").Count);
        cut.Find("[data-testid=palette-money]").Click();

        Assert.Equal("/fields/1", state.Selected);
        Assert.Equal("money", DesignerForms.KeyAt(state.Document, "/fields/1"));
    }

    [Fact]
    public void The_panel_offers_only_the_properties_of_the_selected_type()
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/0" };
        var cut = Render<PropertyPanel>(p => p.Add(c => c.State, state));

        Assert.NotEmpty(cut.FindAll("[data-prop=maxLength]"));
        Assert.Empty(cut.FindAll("[data-prop=min]"));
        Assert.Empty(cut.FindAll("[data-testid=options-editor]"));

        state.Selected = "/fields/1";
        cut.Render();

        Assert.NotEmpty(cut.FindAll("[data-testid=options-editor]"));
        Assert.Empty(cut.FindAll("[data-prop=maxLength]"));
    }

    [Fact]
    public void Typing_labels_sets_both_languages_and_the_key_follows_the_English_one()
    {
        var state = new DesignerState(DesignerForms.Sample());
        state.Selected = state.Editor.Add(FieldType.Text, SchemaPointer.Root, 0);
        var cut = Render<PropertyPanel>(p => p.Add(c => c.State, state));

        cut.Find("[data-prop=label] input[data-culture=zh-CN]").Change("公司名称");
        cut.Find("[data-prop=label] input[data-culture=en]").Change("Company name");
        cut.Find("[data-prop=required] input").Change(true);

        var field = state.Properties.Item("/fields/0")!;
        Assert.Equal("companyName", field["key"]!.GetValue<string>());
        Assert.Equal("公司名称", PropertyEditor.Text(field, "label", "zh-CN"));
        Assert.True(field["required"]!.GetValue<bool>());
        Assert.Equal("companyName", cut.Find("[data-prop=key] input").GetAttribute("value"));
    }

    [Fact]
    public void The_options_editor_adds_and_renames_options()
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/1" };
        var cut = Render<PropertyPanel>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=add-option]").Click();
        cut.Find("[data-option='2'] input").Change("c");

        var options = state.Properties.Item("/fields/1")!["options"]!.AsArray();
        Assert.Equal(["a", "b", "c"], options.Select(o => o!["value"]!.GetValue<string>()));
        Assert.True(DesignerForms.Parses(state.Document));
    }

    [Fact]
    public void A_formula_field_shows_syntax_errors_at_their_place_and_the_live_result()
    {
        var state = new DesignerState(DesignerForms.Sample());
        state.Selected = state.Editor.Add(FieldType.Formula, SchemaPointer.Root, 9);
        var cut = Render<PropertyPanel>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=formula-field-text]").Input("ROUND(2.675,");
        Assert.Contains("1", cut.Find("[data-testid=formula-problem]").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=formula-field-text]").Input("ROUND(2.675, 2)");
        Assert.Contains("2.68", cut.Find("[data-testid=formula-result]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_editor_builds_a_rule_without_code_and_writes_it_on_the_chosen_fields()
    {
        var state = new DesignerState(DesignerForms.Sample());
        var cut = Render<RuleEditor>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=add-rule]").Click();
        cut.Find("[data-testid=rule-conditions] [data-testid=condition-field]").Change("kind");
        cut.Find("[data-testid=rule-conditions] [data-testid=condition-value]").Change("b");
        cut.Find("[data-testid=rule-action]").Change(nameof(RuleAction.Show));
        cut.Find("[data-testid=rule-targets] input[value=name]").Change(true);
        cut.Find("[data-testid=rule-save]").Click();

        Assert.Equal("kind == 'b'", state.Properties.Item("/fields/0")!["visibleWhen"]!.GetValue<string>());
        Assert.Single(cut.FindAll("[data-testid=rule]"));
    }
}
