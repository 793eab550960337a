using FlowChannel.Application.Common;
using FlowChannel.Application.Records;
using FlowChannel.Application.Tasks;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Components.Tasks;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Components.Tests.Tasks;

/// <summary>The approver's part of the task page: the fields the step opens, including files and subforms, and what an action sends.</summary>
public sealed class TaskDecisionPanelTests : FormTestContext
{
    private static readonly FormSchema Schema = TestSchemas.Parse(
        """{"key": "subject", "type": "text", "label": "Subject"}""",
        """{"key": "docs", "type": "attachment", "label": "Documents"}""",
        """{"key": "items", "type": "subform", "label": "Items", "fields": [{"key": "name", "type": "text", "label": "Name"}, {"key": "qty", "type": "number", "label": "Qty"}]}""");

    public TaskDecisionPanelTests()
    {
        Services.AddSingleton<RequestSender>();
    }

    [Fact]
    public void The_step_s_file_field_and_subform_are_editable_and_other_fields_are_not_shown_as_inputs()
    {
        var cut = RenderPanel(["docs", "items"], _ => { });

        Assert.Single(cut.FindAll("[data-field=docs] input[type=file]"));
        Assert.Equal("1", cut.Find(".subform[data-field=items]").GetAttribute("data-rows"));
        Assert.Empty(cut.FindAll("[data-field=subject]"));
    }

    [Fact]
    public void Approving_sends_only_the_changed_subform_and_leaves_untouched_fields_out()
    {
        ActOnTask? sent = null;
        var cut = RenderPanel(["docs", "items"], command => sent = command);

        cut.Find("[data-testid=add-row]").Click();
        cut.Find("[data-path='items[1].name'] input").Change("公证费");
        cut.Find("[data-testid=approve]").Click();

        Assert.NotNull(sent);
        Assert.Equal("approve", sent.Action);
        var data = Assert.IsType<JsonObject>(sent.Data);
        Assert.Equal(["items"], data.Select(p => p.Key));
        Assert.Equal(["审查费", "公证费"], data["items"]!.AsArray().Select(r => (string?)r!["name"]));
    }

    [Fact]
    public void Without_editable_fields_the_panel_shows_no_field_inputs_and_sends_no_data()
    {
        ActOnTask? sent = null;
        var cut = RenderPanel([], command => sent = command);

        Assert.Empty(cut.FindAll("[data-field]"));
        cut.Find("[data-testid=approve]").Click();
        Assert.Null(sent!.Data);
    }

    private IRenderedComponent<TaskDecisionPanel> RenderPanel(string[] editable, Action<ActOnTask> onAct)
    {
        var record = new FormRecord
        {
            FormId = "ui-test",
            CreatedByUserId = "submitter",
            DataJson = """{"subject":"合同审查","docs":[{"id":"f1","name":"contract.txt","size":10,"contentType":"text/plain"}],"items":[{"name":"审查费","qty":1}]}""",
        };
        var task = new WorkflowTask { InstanceId = "i1", BookmarkId = "b1", ActivityId = "first", Title = "Review", AssigneeUserId = "fin1", RecordId = record.Id };
        var details = new TaskDetails(TaskView.From(task), RecordView.From(record), true, ["approve", "reject"], editable, [], []);
        return Render<TaskDecisionPanel>(p => p
            .Add(c => c.Details, details)
            .Add(c => c.Schema, Schema)
            .Add(c => c.Actor, new Actor("fin1", "FIN1", new HashSet<string>()))
            .Add(c => c.Interactive, true)
            .Add(c => c.OnAct, onAct));
    }
}
