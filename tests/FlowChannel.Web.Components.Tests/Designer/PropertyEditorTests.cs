using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

public sealed class PropertyEditorTests
{
    [Fact]
    public void A_generated_key_follows_the_English_label()
    {
        var document = DesignerForms.Sample();
        var item = new FormEditor(document).Add(FieldType.Phone, SchemaPointer.Root, 0)!;
        var properties = new PropertyEditor(document);

        properties.SetText(item, "label", "en", "Contact phone");
        properties.SetText(item, "label", "en", "Mobile number");

        Assert.Equal("mobileNumber", DesignerForms.KeyAt(document, item));
        Assert.Equal("手机号", PropertyEditor.Text(properties.Item(item), "label", "zh-CN"));
    }

    [Fact]
    public void A_key_typed_by_hand_stays_when_the_label_changes()
    {
        var document = DesignerForms.Sample();
        var properties = new PropertyEditor(document);
        properties.Set("/fields/0", "key", JsonValue.Create("partnerName"));

        properties.SetText("/fields/0", "label", "en", "Company");

        Assert.Equal("partnerName", DesignerForms.KeyAt(document, "/fields/0"));
    }

    [Fact]
    public void A_published_key_is_locked_and_stays()
    {
        var document = DesignerForms.Sample(publishedKeys: ["name"]);
        var properties = new PropertyEditor(document);

        properties.SetText("/fields/0", "label", "en", "Full name");

        Assert.True(properties.KeyLocked("/fields/0"));
        Assert.Equal("name", DesignerForms.KeyAt(document, "/fields/0"));
    }

    [Fact]
    public void An_empty_value_removes_the_property()
    {
        var document = DesignerForms.Sample();
        var properties = new PropertyEditor(document);
        properties.Set("/fields/0", "placeholder", JsonValue.Create("Type here"));

        properties.Set("/fields/0", "placeholder", JsonValue.Create(""));

        Assert.False(properties.Item("/fields/0")!.ContainsKey("placeholder"));
    }
}
