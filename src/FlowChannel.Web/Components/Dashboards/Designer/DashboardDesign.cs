using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Dashboards.Aggregation;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Components.Dashboards.Designer;

/// <summary>
/// The dashboard being designed: every edit replaces the immutable definition and keeps the one before it, so any
/// edit can be undone. Widgets stay inside the 12-column grid whatever the edit asks.
/// </summary>
public sealed class DashboardDesign(DashboardDefinition definition)
{
    /// <summary>How many edits can be undone; older ones are forgotten.</summary>
    public const int UndoDepth = 100;

    private readonly LinkedList<DashboardDefinition> _undo = new();

    public DashboardDefinition Definition { get; private set; } = definition;

    /// <summary>The widget the property panel shows, if any.</summary>
    public string? SelectedId { get; private set; }

    public DashboardWidget? Selected => Definition.Widgets.FirstOrDefault(w => w.Id == SelectedId);

    public bool CanUndo => _undo.Count > 0;

    /// <summary>Raised after every change, undo included.</summary>
    public event Action? Changed;

    /// <summary>An empty dashboard.</summary>
    public static DashboardDesign New(string id, string titleEn, string titleZh) =>
        new(new DashboardDefinition(id, Text(titleEn, titleZh), [], []));

    /// <summary>Bilingual text as the dashboard files write it.</summary>
    public static LocalizedText Text(string en, string zh) =>
        JsonSerializer.Deserialize<LocalizedText>(new JsonObject { ["zh-CN"] = zh, ["en"] = en }.ToJsonString())!;

    public void Select(string? widgetId)
    {
        SelectedId = widgetId;
        Changed?.Invoke();
    }

    /// <summary>Adds a widget of <paramref name="type"/> counting <paramref name="form"/>'s records, half the grid wide, below the others.</summary>
    public DashboardWidget Add(string type, string form)
    {
        var number = 1;
        while (Definition.Widgets.Any(w => w.Id == $"widget-{number}"))
        {
            number++;
        }
        var bottom = Definition.Widgets.Count == 0 ? 0 : Definition.Widgets.Max(w => w.Layout.Y + w.Layout.H);
        // An incentive report has its own columns over the rebate statements; every other widget starts as a count.
        var report = WidgetTypes.Incentives.Contains(type);
        var widget = new DashboardWidget($"widget-{number}", type, Text($"Widget {number}", $"组件 {number}"),
            new WidgetLayout(0, bottom, type == WidgetTypes.Kpi ? 3 : 6, type == WidgetTypes.Kpi ? 2 : 4),
            report ? "rebate-statement" : form,
            new AggregateQuery { Measures = report ? [] : [new AggregateMeasure("count", Aggregates.Count)] }, null, null, null);
        Apply(Definition with { Widgets = [.. Definition.Widgets, widget] });
        SelectedId = widget.Id;
        Changed?.Invoke();
        return widget;
    }

    /// <summary>Moves a widget by whole cells, stopping at the grid's edges.</summary>
    public void Move(string widgetId, int columns, int rows) => Update(widgetId, w => w with
    {
        Layout = w.Layout with
        {
            X = Math.Clamp(w.Layout.X + columns, 0, WidgetLayout.Columns - w.Layout.W),
            Y = Math.Max(0, w.Layout.Y + rows),
        },
    });

    /// <summary>Grows or shrinks a widget from its top-left corner: at least one cell, never past the right edge.</summary>
    public void Resize(string widgetId, int columns, int rows) => Update(widgetId, w => w with
    {
        Layout = w.Layout with
        {
            W = Math.Clamp(w.Layout.W + columns, 1, WidgetLayout.Columns - w.Layout.X),
            H = Math.Max(1, w.Layout.H + rows),
        },
    });

    /// <summary>Puts a widget's top-left corner on a cell (where it was dropped), keeping it whole inside the grid.</summary>
    public void MoveTo(string widgetId, int column, int row) => Update(widgetId, w => w with
    {
        Layout = w.Layout with { X = Math.Clamp(column, 0, WidgetLayout.Columns - w.Layout.W), Y = Math.Max(0, row) },
    });

    /// <summary>Stretches a widget so its bottom-right corner is on a cell (where its handle was dropped): at least one cell.</summary>
    public void ResizeTo(string widgetId, int column, int row) => Update(widgetId, w => w with
    {
        Layout = w.Layout with
        {
            W = Math.Clamp(column - w.Layout.X + 1, 1, WidgetLayout.Columns - w.Layout.X),
            H = Math.Max(1, row - w.Layout.Y + 1),
        },
    });

    public void Remove(string widgetId)
    {
        Apply(Definition with { Widgets = [.. Definition.Widgets.Where(w => w.Id != widgetId)] });
        if (SelectedId == widgetId)
        {
            SelectedId = null;
        }
        Changed?.Invoke();
    }

    /// <summary>Replaces one widget by what <paramref name="edit"/> makes of it; nothing happens for an unknown id or no change.</summary>
    public void Update(string widgetId, Func<DashboardWidget, DashboardWidget> edit)
    {
        var widgets = Definition.Widgets.Select(w => w.Id == widgetId ? edit(w) : w).ToList();
        if (widgets.SequenceEqual(Definition.Widgets))
        {
            return;
        }
        if (SelectedId == widgetId && widgets.All(w => w.Id != widgetId))
        {
            // The edit renamed the selected widget: keep it selected under its new id.
            SelectedId = widgets[Definition.Widgets.ToList().FindIndex(w => w.Id == widgetId)].Id;
        }
        Apply(Definition with { Widgets = widgets });
        Changed?.Invoke();
    }

    /// <summary>Changes the dashboard's own id or title.</summary>
    public void Rename(string id, string titleEn, string titleZh)
    {
        Apply(Definition with { Id = id, Title = Text(titleEn, titleZh) });
        Changed?.Invoke();
    }

    /// <summary>Goes back to the definition before the last edit.</summary>
    public void Undo()
    {
        if (_undo.Last is not { } last)
        {
            return;
        }
        _undo.RemoveLast();
        Definition = last.Value;
        if (Selected is null)
        {
            SelectedId = null;
        }
        Changed?.Invoke();
    }

    /// <summary>The document saved: the same JSON the dashboard files hold, checked again by the parser on save.</summary>
    public string ToJson() => DashboardParser.Write(Definition);

    private void Apply(DashboardDefinition next)
    {
        _undo.AddLast(Definition);
        if (_undo.Count > UndoDepth)
        {
            _undo.RemoveFirst();
        }
        Definition = next;
    }
}
