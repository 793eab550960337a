using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class DefaultEditor
{
    private static readonly string[] Kinds = ["defaultValue", "defaultFormula", "defaultLink"];

    [Parameter, EditorRequired] public DesignerState State { get; set; } = default!;

    [Parameter, EditorRequired] public string Item { get; set; } = "";

    [Parameter, EditorRequired] public IReadOnlyList<FormulaReference> References { get; set; } = [];

    [Parameter] public EventCallback OnChanged { get; set; }

    private JsonObject? Node => State.Properties.Item(Item);

    private string Mode => Kinds.FirstOrDefault(k => Node?.ContainsKey(k) == true) ?? "none";

    private string? Fixed => Node?["defaultValue"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        { } other => other.ToJsonString(),
        null => null,
    };

    private bool Offers(string kind) => SchemaItems.TypeOf(Node) is { } type && FieldPropertyRules.AppliesTo(kind, type);

    private static string? Member(JsonObject? link, string name) => link?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    // The three defaults are exclusive, so choosing one removes the others.
    private Task SwitchAsync(string? mode)
    {
        State.Document.Edit(root =>
        {
            var node = (JsonObject)SchemaPointer.Resolve(root, Item)!;
            foreach (var kind in Kinds.Where(k => k != mode))
            {
                node.Remove(kind);
            }
            if (mode == "defaultLink" && !node.ContainsKey(mode))
            {
                node[mode] = new JsonObject { ["form"] = "", ["where"] = new JsonArray(), ["take"] = "" };
            }
        });
        return OnChanged.InvokeAsync();
    }

    // Numbers, switches and multi-choice values are typed as JSON; anything else is text.
    private Task SetFixedAsync(string? text)
    {
        var type = SchemaItems.TypeOf(Node);
        JsonNode? value = string.IsNullOrEmpty(text) ? null
            : type is FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating
                && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n)
            : type == FieldType.Switch && bool.TryParse(text, out var b) ? JsonValue.Create(b)
            : type is FieldType.Checkbox or FieldType.MultiSelect ? new JsonArray([.. text.Split(',').Select(p => (JsonNode?)JsonValue.Create(p.Trim()))])
            : JsonValue.Create(text);
        State.Properties.Set(Item, "defaultValue", value);
        return OnChanged.InvokeAsync();
    }

    private Task SetFormulaAsync(string? formula)
    {
        State.Properties.Set(Item, "defaultFormula", formula is null ? JsonValue.Create("") : JsonValue.Create(formula));
        return OnChanged.InvokeAsync();
    }

    private Task SetLinkAsync(string member, string? value)
    {
        State.Document.Edit(root =>
        {
            var node = (JsonObject)SchemaPointer.Resolve(root, Item)!;
            var link = node["defaultLink"] as JsonObject ?? new JsonObject();
            link[member] = value;
            node["defaultLink"] = link;
        });
        return OnChanged.InvokeAsync();
    }
}
