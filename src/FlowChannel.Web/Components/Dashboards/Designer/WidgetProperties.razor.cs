using System.Globalization;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Schema;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace FlowChannel.Web.Components.Dashboards.Designer;

/// <summary>The selected widget's properties: source form, dimensions, measures, calculated measures, filters and display.</summary>
public sealed partial class WidgetProperties
{
    private const string StatusField = "$status";
    private static readonly string[] Granularities = ["", "year", "quarter", "month", "day"];
    private static readonly string[] Operators = ["eq", "ne", "contains", "gt", "gte", "lt", "lte", "empty", "notEmpty"];
    private static readonly string[] Formats = ["", "money", "percent", "number"];

    [Parameter, EditorRequired] public DashboardWidget Widget { get; set; } = default!;

    /// <summary>The forms the designer may pick as the source.</summary>
    [Parameter] public IReadOnlyList<FormSummary> Forms { get; set; } = [];

    /// <summary>The source form's fields (empty while they load).</summary>
    [Parameter] public IReadOnlyList<FieldDefinition> Fields { get; set; } = [];

    /// <summary>Receives each edit; the owner applies it to the design (undoable).</summary>
    [Parameter] public EventCallback<Func<DashboardWidget, DashboardWidget>> OnEdit { get; set; }

    private string En => Widget.Title.Values.GetValueOrDefault("en") ?? Widget.Title.Resolve(CultureInfo.InvariantCulture);
    private string Zh => Widget.Title.Values.GetValueOrDefault("zh-CN") ?? En;
    private IEnumerable<string> FieldKeys => Fields.Select(f => f.Key);

    private Task Edit(Func<DashboardWidget, DashboardWidget> edit) => OnEdit.InvokeAsync(edit);

    private string Display(string option) => Widget.Display?[option]?.ToString() ?? "";

    private static string Text(ChangeEventArgs e) => e.Value?.ToString() ?? "";

    private static decimal? Number(ChangeEventArgs e) =>
        decimal.TryParse(Text(e), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The field options, the current one first kept even when the form lacks it (the save then names it).</summary>
    private RenderFragment Options(string? current, bool withRecordProperties) => builder =>
    {
        var keys = Fields.Select(f => (f.Key, Label: $"{f.Label.Resolve(CultureInfo.CurrentUICulture)} ({f.Key})")).ToList();
        if (withRecordProperties)
        {
            keys.Add((StatusField, StatusField));
            keys.Add(("$createdAt", "$createdAt"));
        }
        if (current is not null && keys.All(k => k.Key != current))
        {
            keys.Insert(0, (current, current));
        }
        foreach (var (key, label) in keys)
        {
            Option(builder, key, label, key == current);
        }
    };

    private static void Option(RenderTreeBuilder builder, string value, string label, bool selected)
    {
        builder.OpenElement(0, "option");
        builder.AddAttribute(1, "value", value);
        builder.AddAttribute(2, "selected", selected);
        builder.AddContent(3, label);
        builder.CloseElement();
    }
}
