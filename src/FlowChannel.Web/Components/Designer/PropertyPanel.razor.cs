using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Designer;

public partial class PropertyPanel
{
    private static readonly string[] Flags = ["required", "hidden", "readOnly", "unique", "detail"];
    private static readonly string[] Numbers = ["minLength", "maxLength", "min", "max", "precision", "maxItems", "maxSize", "minRows", "maxRows"];
    private static readonly string[] Texts = ["pattern", "unit", "currency", "format", "resultType", "level", "optionsDependOn"];
    private static readonly string[] RuleProperties = ["visibleWhen", "requiredWhen", "readOnlyWhen"];

    [Parameter, EditorRequired] public DesignerState State { get; set; } = default!;

    [Parameter] public EventCallback OnChanged { get; set; }

    private string Item => State.Selected ?? "";

    private JsonObject? Node => State.Selected is null ? null : State.Properties.Item(State.Selected);

    private FieldType? Type => SchemaItems.TypeOf(Node);

    private static string Culture => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en";

    private IReadOnlyList<FormulaReference> References => FormulaReferences.For(State.Document.Root, State.Selected, Culture);

    private bool Applies(string property) => Type is { } type && FieldPropertyRules.AppliesTo(property, type);

    private string? Str(string property) => Node?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    // Handled here, not handed straight through, so this panel re-renders as well as the page.
    private Task ChangedAsync() => OnChanged.InvokeAsync();

    private Task SetAsync(string property, string? value)
    {
        State.Properties.Set(Item, property, value is null ? null : JsonValue.Create(value));
        return OnChanged.InvokeAsync();
    }
}
