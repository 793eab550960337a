using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

public sealed class PaletteTests
{
    [Fact]
    public void The_palette_offers_every_field_and_layout_type_once()
    {
        var offered = Palette.Groups.SelectMany(g => g.Types).ToList();

        Assert.Equal(Enum.GetValues<FieldType>().Order(), offered.Order());
    }

    // Tabs and columns start empty, and links need a form to point at: those are the problems the designer lists
    // until the person finishes them. Every other template is a valid field as dropped.
    [Fact]
    public void Every_dropped_item_parses_except_the_ones_that_need_the_designer_to_finish_them()
    {
        var unfinished = new List<FieldType>();
        foreach (var type in Enum.GetValues<FieldType>())
        {
            var document = new FormDocument(JsonNode.Parse("""{"id": "t1", "title": "T", "fields": [{"key": "first", "type": "text", "label": "First"}]}""")!.AsObject());
            new FormEditor(document).Add(type, SchemaPointer.Root, 1);
            if (!DesignerForms.Parses(document))
            {
                unfinished.Add(type);
            }
        }

        Assert.Equal([FieldType.Link, FieldType.Related, FieldType.Tabs, FieldType.Columns], unfinished.Order());
    }
}
