using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

/// <summary>Small schemas the designer tests start from.</summary>
internal static class DesignerForms
{
    /// <summary>A text field, a select, a subform with one column, and tabs holding a number.</summary>
    public static FormDocument Sample(IEnumerable<string>? publishedKeys = null) => new(JsonNode.Parse("""
        {
          "id": "sample", "version": 1, "title": "Sample",
          "fields": [
            {"key": "name", "type": "text", "label": {"zh-CN": "名称", "en": "Name"}},
            {"key": "kind", "type": "select", "label": "Kind", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]},
            {"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "qty", "type": "number", "label": "Qty"}]},
            {"key": "pages", "type": "tabs", "tabs": [{"label": "One", "fields": [{"key": "amount", "type": "money", "label": "Amount"}]}, {"label": "Two", "fields": [{"key": "note", "type": "text", "label": "Note"}]}]}
          ]
        }
        """)!.AsObject(), publishedKeys);

    public static bool Parses(FormDocument document) => FormSchemaParser.Parse(document.ToJson()).IsValid;

    public static string? KeyAt(FormDocument document, string item) => SchemaItems.KeyOf(SchemaPointer.Resolve(document.Root, item));
}
