using System.Globalization;
using FlowChannel.Application.Tasks.Inbox;
using Microsoft.AspNetCore.Components;

namespace FlowChannel.Web.Components.Tasks;

/// <summary>The rows of an inbox page; on the to-do tab, rows can be ticked for a batch approval.</summary>
public sealed partial class InboxTable
{
    [Parameter, EditorRequired] public string Tab { get; set; } = InboxTabs.Todo;

    [Parameter, EditorRequired] public IReadOnlyList<InboxItem> Items { get; set; } = [];

    /// <summary>The ticked tasks; given only where ticking makes sense (the to-do tab).</summary>
    [Parameter] public HashSet<Guid>? Selection { get; set; }

    [Parameter] public EventCallback SelectionChanged { get; set; }

    /// <summary>Buttons for a flow the caller started (withdraw).</summary>
    [Parameter] public RenderFragment<InboxItem>? RowActions { get; set; }

    private bool Selectable => Selection is not null && Tab == InboxTabs.Todo;

    private HashSet<Guid> Selected => Selection ?? [];

    private bool AllSelected => Items.Count > 0 && Items.All(i => i.TaskId is { } id && Selected.Contains(id));

    private async Task Toggle(InboxItem item, ChangeEventArgs e)
    {
        if (e.Value is true)
        {
            Selected.Add(item.TaskId!.Value);
        }
        else
        {
            Selected.Remove(item.TaskId!.Value);
        }
        await SelectionChanged.InvokeAsync();
    }

    private async Task ToggleAll(ChangeEventArgs e)
    {
        foreach (var id in Items.Select(i => i.TaskId).OfType<Guid>())
        {
            if (e.Value is true)
            {
                Selected.Add(id);
            }
            else
            {
                Selected.Remove(id);
            }
        }
        await SelectionChanged.InvokeAsync();
    }

    private static string Local(DateTime? at) => at?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
