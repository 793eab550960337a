using System.Text.Json.Nodes;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class OptionsEditor
{
    [Parameter, EditorRequired] public DesignerState State { get; set; } = default!;

    [Parameter, EditorRequired] public string Item { get; set; } = "";

    [Parameter] public EventCallback OnChanged { get; set; }

    private JsonObject? Node => State.Properties.Item(Item);

    private bool FromForm => Node?["optionsFrom"] is not null;

    private static void SetLabel(JsonObject option, string culture, string? text)
    {
        var label = option["label"] as JsonObject ?? new JsonObject();
        label[culture] = text;
        option["label"] = label;
    }

    // Switching source swaps one property for the other: a field has options or optionsFrom, never both.
    private Task UseStaticAsync() => Swap("optionsFrom", "options", new JsonArray(new JsonObject { ["value"] = "option1", ["label"] = "Option 1" }));

    private Task UseFormAsync() => Swap("options", "optionsFrom", new JsonObject { ["form"] = "", ["valueField"] = "", ["labelField"] = "" });

    private Task Swap(string remove, string add, JsonNode value)
    {
        State.Document.Edit(root =>
        {
            var node = (JsonObject)SchemaPointer.Resolve(root, Item)!;
            node.Remove(remove);
            node[add] ??= value;
        });
        return OnChanged.InvokeAsync();
    }

    private Task AddOptionAsync()
    {
        var count = (Node?["options"] as JsonArray)?.Count ?? 0;
        return EditAsync(a => a.Add(new JsonObject { ["value"] = $"option{count + 1}", ["label"] = new JsonObject { ["zh-CN"] = $"选项 {count + 1}", ["en"] = $"Option {count + 1}" } }));
    }

    private Task SetOptionAsync(int index, Action<JsonObject> change) => EditAsync(a => change((JsonObject)a[index]!));

    private Task EditAsync(Action<JsonArray> change)
    {
        State.Document.Edit(root =>
        {
            var node = (JsonObject)SchemaPointer.Resolve(root, Item)!;
            if (node["options"] is not JsonArray options)
            {
                options = [];
                node["options"] = options;
            }
            change(options);
        });
        return OnChanged.InvokeAsync();
    }
}
