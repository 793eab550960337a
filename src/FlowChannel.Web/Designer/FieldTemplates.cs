using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Localization;

namespace FlowChannel.Web.Designer;

/// <summary>
/// The item a palette entry drops: the smallest schema of that type a business user recognises, labelled in both
/// languages. Choices come with two options to rename, a subform with one column; tabs and columns start empty and
/// stay a listed problem until something is dropped into them.
/// </summary>
public static class FieldTemplates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static JsonObject Create(FieldType type, string key)
    {
        var item = new JsonObject { ["key"] = key, ["type"] = FieldTypeNames.Of(type) };
        if (type is not (FieldType.Divider or FieldType.Tabs or FieldType.Columns))
        {
            item["label"] = Label($"designer.type.{FieldTypeNames.Of(type)}");
        }
        switch (type)
        {
            case FieldType.Radio or FieldType.Checkbox or FieldType.Select or FieldType.MultiSelect:
                item["options"] = new JsonArray(Option("option1", 1), Option("option2", 2));
                break;
            case FieldType.Formula:
                item["formula"] = "0";
                break;
            case FieldType.Serial:
                item["format"] = "NO-{yyyy}{MM}-{seq:4}";
                break;
            case FieldType.Subform:
                item["fields"] = new JsonArray(new JsonObject { ["key"] = "item", ["type"] = "text", ["label"] = Label("designer.type.text") });
                break;
            case FieldType.Tabs:
                item["tabs"] = new JsonArray(Tab(1), Tab(2));
                break;
            case FieldType.Columns:
                item["columns"] = new JsonArray(new JsonObject { ["fields"] = new JsonArray() }, new JsonObject { ["fields"] = new JsonArray() });
                break;
            case FieldType.Link:
                item["link"] = new JsonObject { ["form"] = "", ["displayField"] = "" };
                break;
            case FieldType.Related:
                item["related"] = new JsonObject { ["form"] = "", ["where"] = new JsonArray(), ["columns"] = new JsonArray() };
                break;
        }
        return item;
    }

    public static JsonObject Tab(int number) => new()
    {
        ["label"] = new JsonObject
        {
            ["zh-CN"] = string.Format(Chinese, UiText.Get("designer.TabN", Chinese), number),
            ["en"] = string.Format(English, UiText.Get("designer.TabN", English), number),
        },
        ["fields"] = new JsonArray(),
    };

    private static JsonObject Option(string value, int number) => new()
    {
        ["value"] = value,
        ["label"] = new JsonObject
        {
            ["zh-CN"] = string.Format(Chinese, UiText.Get("designer.OptionN", Chinese), number),
            ["en"] = string.Format(English, UiText.Get("designer.OptionN", English), number),
        },
    };

    private static JsonObject Label(string textKey) => new()
    {
        ["zh-CN"] = UiText.Get(textKey, Chinese),
        ["en"] = UiText.Get(textKey, English),
    };
}
