using Radzen.Blazor;

namespace FlowChannel.Web.Components.Tests.Forms;

/// <summary>A form offers a person limited by their permission sets only the options they may set, and the value the field holds.</summary>
public sealed class OptionLimitTests : FormTestContext
{
    private static readonly FormSchema Schema = TestSchemas.Parse(
        """
        {"key": "status", "type": "select", "label": "Status", "defaultValue": "new", "options": [
          {"value": "new", "label": "New"}, {"value": "accepted", "label": "Accepted"}, {"value": "declined", "label": "Declined"},
          {"value": "won", "label": "Won"}, {"value": "lost", "label": "Lost"}]}
        """,
        """{"key": "tags", "type": "checkbox", "label": "Tags", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}, {"value": "c", "label": "C"}]}""");

    private static readonly Dictionary<string, IReadOnlySet<string>> Limits = new(StringComparer.Ordinal)
    {
        ["status"] = new HashSet<string>(["accepted", "declined"], StringComparer.Ordinal),
        ["tags"] = new HashSet<string>(["a"], StringComparer.Ordinal),
    };

    [Fact]
    public void A_new_record_offers_the_allowed_options_and_the_default()
    {
        var cut = RenderForm(new FormModel(Schema) { AllowedOptions = Limits });

        Assert.Equal(["new", "accepted", "declined"], Offered<RadzenDropDown<string>>(cut, "status"));
        Assert.Equal(["a"], Offered<RadzenCheckBoxList<string>>(cut, "tags"));
    }

    [Fact]
    public void A_record_offers_the_allowed_options_and_the_value_someone_else_set()
    {
        var data = new JsonObject { ["status"] = "won", ["tags"] = new JsonArray("c") };

        var cut = RenderForm(new FormModel(Schema, data) { AllowedOptions = Limits });

        Assert.Equal(["accepted", "declined", "won"], Offered<RadzenDropDown<string>>(cut, "status"));
        Assert.Equal(["a", "c"], Offered<RadzenCheckBoxList<string>>(cut, "tags"));
    }

    [Fact]
    public void Without_a_limit_every_option_is_offered()
    {
        var cut = RenderForm(new FormModel(Schema));

        Assert.Equal(["new", "accepted", "declined", "won", "lost"], Offered<RadzenDropDown<string>>(cut, "status"));
    }

    private static List<string> Offered<TInput>(IRenderedComponent<FormRenderer> cut, string key)
        where TInput : Microsoft.AspNetCore.Components.IComponent
    {
        var input = cut.FindComponents<FieldEditor>().Single(e => e.Instance.Field.Key == key).FindComponent<TInput>().Instance;
        var data = (System.Collections.IEnumerable)typeof(TInput).GetProperty("Data")!.GetValue(input)!;
        return [.. data.Cast<object>().Select(o => o.GetType().GetProperty("Value")!.GetValue(o)!.ToString()!)];
    }
}
