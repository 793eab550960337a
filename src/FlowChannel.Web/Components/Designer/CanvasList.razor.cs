using System.Globalization;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Designer;
using Microsoft.AspNetCore.Components;
using System.Text.Json.Nodes;

namespace FlowChannel.Web.Components.Designer;

public partial class CanvasList
{
    [Parameter, EditorRequired] public DesignerState State { get; set; } = default!;

    [Parameter, EditorRequired] public string List { get; set; } = SchemaPointer.Root;

    [Parameter] public EventCallback OnChanged { get; set; }

    private static string Culture => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en";

    private Task DropAsync(int index) => State.Drop(List, index) ? OnChanged.InvokeAsync() : Task.CompletedTask;

    private Task SelectAsync(string item)
    {
        if (State.Selected == item)
        {
            return Task.CompletedTask;
        }
        State.Selected = item;
        return OnChanged.InvokeAsync();
    }

    private Task DuplicateAsync(string item)
    {
        State.Selected = State.Editor.Duplicate(item) ?? State.Selected;
        return OnChanged.InvokeAsync();
    }

    private Task RemoveAsync(string item)
    {
        State.Selected = State.Editor.Remove(item);
        return OnChanged.InvokeAsync();
    }

    private string Caption(JsonObject? node, FieldType? type) =>
        PropertyEditor.Text(node, "label", Culture) ?? PropertyEditor.Text(node, "label", "en")
            ?? (type is { } t ? T[$"designer.type.{FieldTypeNames.Of(t)}"] : "");

    private static string PaneTitle(JsonObject? node, int index) =>
        (node?["tabs"] as JsonArray)?[index] is JsonObject tab ? PropertyEditor.Text(tab, "label", Culture) ?? PropertyEditor.Text(tab, "label", "en") ?? $"{index + 1}" : $"{index + 1}";
}
