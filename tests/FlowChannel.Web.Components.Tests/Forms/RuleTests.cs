using Radzen.Blazor;

namespace FlowChannel.Web.Components.Tests.Forms;

public sealed class RuleTests : FormTestContext
{
    [Fact]
    public async Task Visibility_rule_shows_the_field_and_marks_it_required_when_the_controlling_value_changes()
    {
        var model = new FormModel(TestSchemas.Order());
        var cut = RenderForm(model);
        Assert.Empty(cut.FindAll("[data-field=reason]"));

        await PickAsync(cut, "kind", "special");

        var reason = cut.Find("[data-field=reason]");
        Assert.NotNull(reason.QuerySelector("[data-testid=required-mark]"));

        await PickAsync(cut, "kind", "std");

        Assert.Empty(cut.FindAll("[data-field=reason]"));
    }

    [Fact]
    public async Task Option_linkage_offers_only_the_options_of_the_controlling_value_and_drops_a_stale_choice()
    {
        var model = new FormModel(TestSchemas.Order());
        var cut = RenderForm(model);

        await PickAsync(cut, "region", "north");
        Assert.Equal(["bj", "any"], CityOptions(cut));
        await PickAsync(cut, "city", "bj");

        await PickAsync(cut, "region", "south");

        Assert.Equal(["gz", "any"], CityOptions(cut));
        Assert.Null(model["city"]);
    }

    private static List<string> CityOptions(IRenderedComponent<FormRenderer> cut) =>
        [.. Dropdown(cut, "city").Instance.Data!.Cast<object>().Select(o => o.GetType().GetProperty("Value")!.GetValue(o)!.ToString()!)];

    private static IRenderedComponent<RadzenDropDown<string>> Dropdown(IRenderedComponent<FormRenderer> cut, string key) =>
        cut.FindComponents<FieldEditor>().Single(e => e.Instance.Field.Key == key).FindComponent<RadzenDropDown<string>>();

    // Radzen's popup list needs a browser; the component's own ValueChanged is what a pick raises.
    private static Task PickAsync(IRenderedComponent<FormRenderer> cut, string key, string value)
    {
        var dropdown = Dropdown(cut, key);
        return cut.InvokeAsync(() => dropdown.Instance.ValueChanged.InvokeAsync(value));
    }
}
