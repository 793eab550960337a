using FlowChannel.Application.Tasks.Inbox;
using FlowChannel.Web.Components.Tasks;
using FlowChannel.Web.Components.Tests.Forms;

namespace FlowChannel.Web.Components.Tests.Tasks;

/// <summary>The inbox list: an open task's due time says what happens when it passes; other tabs and finished tasks do not.</summary>
public sealed class InboxTableTests : FormTestContext
{
    [Fact]
    public void An_open_task_with_an_overdue_action_says_so_under_its_due_time()
    {
        var due = DateTime.UtcNow.AddHours(2);
        var items = new List<InboxItem>
        {
            new() { TaskId = Guid.NewGuid(), Title = "Auto", Status = "open", DueAt = due, OverdueAction = "Approve" },
            new() { TaskId = Guid.NewGuid(), Title = "Plain", Status = "open", DueAt = due },
        };

        var cut = Render<InboxTable>(p => p.Add(t => t.Items, items).Add(t => t.Tab, InboxTabs.Todo));

        var rows = cut.FindAll("[data-testid=inbox-row]");
        Assert.Equal("Approve", rows[0].QuerySelector("[data-testid=overdue-action]")!.GetAttribute("data-action"));
        Assert.Contains("approved automatically", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Null(rows[1].QuerySelector("[data-testid=overdue-action]"));
    }

    [Fact]
    public void The_processed_tab_shows_no_overdue_action()
    {
        var items = new List<InboxItem> { new() { TaskId = Guid.NewGuid(), Title = "Done", Status = "completed", DueAt = DateTime.UtcNow, OverdueAction = "Reject" } };

        var cut = Render<InboxTable>(p => p.Add(t => t.Items, items).Add(t => t.Tab, InboxTabs.Processed));

        Assert.Empty(cut.FindAll("[data-testid=overdue-action]"));
    }
}
