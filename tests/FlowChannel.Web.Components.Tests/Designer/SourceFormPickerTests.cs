using FlowChannel.Application.Forms;
using FlowChannel.Web.Components.Designer;
using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

/// <summary>
/// "Options from another form" with bUnit on a real database: the source-form picker and the options filter below it
/// in the options editor, editing the real designer document.
/// </summary>
public sealed class SourceFormPickerTests : DatabaseTestContext
{
    private const string Partners = """
        {"id": "partners", "version": 1, "title": "Partners", "fields": [
          {"key": "partnerName", "type": "text", "label": {"zh-CN": "伙伴名称", "en": "Partner name"}},
          {"key": "code", "type": "text", "label": "Code"},
          {"key": "region", "type": "select", "label": "Region", "options": [{"value": "north", "label": "North"}, {"value": "south", "label": "South"}]},
          {"key": "about", "type": "section", "label": "About"},
          {"key": "contacts", "type": "subform", "label": "Contacts", "fields": [{"key": "phone", "type": "text", "label": "Phone"}]}
        ]}
        """;

    private const string Products = """
        {"id": "products", "version": 1, "title": "Products", "fields": [{"key": "sku", "type": "text", "label": "SKU"}]}
        """;

    private async Task SeedAsync()
    {
        await SendAsync(new SaveFormDraft(Designer, "partners", Partners));
        await SendAsync(new PublishForm(Designer, "partners"));
        await SendAsync(new SaveFormDraft(Designer, "products", Products));
        await SendAsync(new PublishForm(Designer, "products"));
        // A form never published has no records to offer, so the picker leaves it out.
        await SendAsync(new SaveFormDraft(Designer, "unpublished", Products.Replace("products", "unpublished", StringComparison.Ordinal)));
    }

    private static DesignerState FieldFromForm(string form = "")
    {
        var state = new DesignerState(DesignerForms.Sample()) { Selected = "/fields/1" };
        state.Document.Edit(root =>
        {
            var kind = root["fields"]![1]!.AsObject();
            kind.Remove("options");
            kind["optionsFrom"] = new JsonObject { ["form"] = form, ["valueField"] = "", ["labelField"] = "" };
        });
        return state;
    }

    private static JsonObject Source(DesignerState state) => state.Properties.Item("/fields/1")!["optionsFrom"]!.AsObject();

    [Fact]
    public async Task The_picker_lists_the_published_forms_only()
    {
        await SeedAsync();

        var cut = Render<SourceFormPicker>(p => p.Add(c => c.State, FieldFromForm()).Add(c => c.Item, "/fields/1"));

        cut.WaitForAssertion(() => Assert.Equal(["", "partners", "products"],
            cut.FindAll("[data-testid=source-form] option").Select(o => o.GetAttribute("value"))));
        Assert.Contains("Partners (partners)", cut.Find("[data-testid=source-form]").TextContent, StringComparison.Ordinal);
        Assert.True(cut.Find("[data-testid=source-valueField]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Choosing_a_form_sets_the_fields_options_source_and_offers_its_own_fields()
    {
        await SeedAsync();
        var state = FieldFromForm();
        var changed = 0;
        var cut = Render<SourceFormPicker>(p => p.Add(c => c.State, state).Add(c => c.Item, "/fields/1").Add(c => c.OnChanged, () => changed++));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=source-form] option").Count));

        cut.Find("[data-testid=source-form]").Change("partners");
        cut.WaitForAssertion(() => Assert.Equal(["", "partnerName", "code", "region"],
            cut.FindAll("[data-testid=source-valueField] option").Select(o => o.GetAttribute("value"))));
        cut.Find("[data-testid=source-valueField]").Change("code");
        cut.Find("[data-testid=source-labelField]").Change("partnerName");

        Assert.Equal("""{"form":"partners","valueField":"code","labelField":"partnerName"}""", Source(state).ToJsonString());
        Assert.Equal(3, changed);
        Assert.True(FormSchemaParser.Parse(state.Document.ToJson()).IsValid);

        // Another form's fields are not these: choosing it clears the field choices.
        cut.Find("[data-testid=source-form]").Change("products");
        Assert.Equal("""{"form":"products","valueField":"","labelField":""}""", Source(state).ToJsonString());
        cut.WaitForAssertion(() => Assert.Equal(["", "sku"], cut.FindAll("[data-testid=source-labelField] option").Select(o => o.GetAttribute("value"))));
        state.Document.Undo();
        Assert.Equal("code", Source(state)["valueField"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_filter_below_the_picker_writes_conditions_on_the_source_forms_records()
    {
        await SeedAsync();
        var state = FieldFromForm("partners");
        var cut = Render<OptionsEditor>(p => p.Add(c => c.State, state).Add(c => c.Item, "/fields/1"));

        cut.Find("[data-conditions='optionsFrom/filter'] button:last-child").Click();
        var row = cut.Find("[data-conditions='optionsFrom/filter'] .condition-row");
        row.QuerySelectorAll("input")[0].Change("region");
        cut.Find("[data-conditions='optionsFrom/filter'] .condition-row select").Change("ne");
        cut.FindAll("[data-conditions='optionsFrom/filter'] .condition-row input")[1].Change("'north'");

        var condition = Assert.Single(Source(state)["filter"]!.AsArray())!;
        Assert.Equal(("region", "ne", "'north'"), ((string?)condition["field"], (string?)condition["op"], (string?)condition["value"]));
        Assert.Equal("partners", Source(state)["form"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_source_form_that_does_not_exist_offers_no_fields_and_an_empty_choice_clears_it()
    {
        await SeedAsync();
        var state = FieldFromForm("deleted-form");

        var cut = Render<SourceFormPicker>(p => p.Add(c => c.State, state).Add(c => c.Item, "/fields/1"));
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=source-form] option").Count));

        Assert.True(cut.Find("[data-testid=source-valueField]").HasAttribute("disabled"));
        Assert.Single(cut.FindAll("[data-testid=source-labelField] option"));
        cut.Find("[data-testid=source-form]").Change("");
        Assert.Equal("", Source(state)["form"]!.GetValue<string>());
        Assert.True(cut.Find("[data-testid=source-labelField]").HasAttribute("disabled"));
    }
}
