using FlowChannel.Application.Common;
using FlowChannel.Application.Records;
using FlowChannel.Application.Tasks;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Components.Tasks;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Radzen.Blazor;

namespace FlowChannel.Web.Components.Tests.Tasks;

/// <summary>On the task page, a field the step opens offers only the options the approver's permission sets let them set, and the value it holds.</summary>
public sealed class TaskOptionLimitPanelTests : FormTestContext
{
    private static readonly FormSchema Schema = TestSchemas.Parse(
        """
        {"key": "status", "type": "radio", "label": "Status", "options": [
          {"value": "new", "label": "New"}, {"value": "accepted", "label": "Accepted"}, {"value": "declined", "label": "Declined"}, {"value": "won", "label": "Won"}]}
        """);

    public TaskOptionLimitPanelTests()
    {
        Services.AddSingleton<RequestSender>();
    }

    [Fact]
    public void The_step_s_choice_field_offers_the_allowed_options_and_the_current_value()
    {
        var record = new FormRecord { FormId = "ui-test", CreatedByUserId = "submitter", DataJson = """{"status":"won"}""" };
        var task = new WorkflowTask { InstanceId = "i1", BookmarkId = "b1", ActivityId = "first", Title = "Review", AssigneeUserId = "fin1", RecordId = record.Id };
        var details = new TaskDetails(TaskView.From(task), RecordView.From(record), true, ["approve"], ["status"], [], [])
        {
            AllowedOptions = new Dictionary<string, IReadOnlySet<string>> { ["status"] = new HashSet<string>(["accepted", "declined"]) },
        };

        var cut = Render<TaskDecisionPanel>(p => p
            .Add(c => c.Details, details)
            .Add(c => c.Schema, Schema)
            .Add(c => c.Actor, new Actor("fin1", "FIN1", new HashSet<string>()))
            .Add(c => c.Interactive, true)
            .Add(c => c.OnAct, (ActOnTask _) => { }));

        var radios = cut.FindComponents<FieldEditor>().Single(e => e.Instance.Field.Key == "status").FindComponent<RadzenRadioButtonList<string>>();
        var offered = radios.Instance.Data!.Cast<object>().Select(o => o.GetType().GetProperty("Value")!.GetValue(o)!.ToString());
        Assert.Equal(["accepted", "declined", "won"], offered);
    }
}
