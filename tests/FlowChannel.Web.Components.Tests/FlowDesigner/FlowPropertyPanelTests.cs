using FlowChannel.Web.Components.FlowDesigner;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.FlowDesigner;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

/// <summary>The flow designer's property panel rendered with bUnit, driving the real editing model.</summary>
public sealed class FlowPropertyPanelTests : FormTestContext
{
    private static FlowDesignerState State(string selected)
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();
        return new FlowDesignerState(document, FlowSamples.Catalog) { Selected = selected };
    }

    [Fact]
    public void An_input_switched_to_javascript_is_written_as_an_expression_and_a_syntax_error_names_the_node()
    {
        var state = State("approval1");
        var cut = Render<FlowPropertyPanel>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=input-recordId-kind]").Change("JavaScript");
        cut.Find("[data-testid=input-recordId-value]").Change("getInput('record'.id");

        var input = state.Document.Node("approval1")!["recordId"]!;
        Assert.Equal("JavaScript", input["expression"]!["type"]!.GetValue<string>());
        Assert.Equal("getInput('record'.id", input["expression"]!["value"]!.GetValue<string>());
        Assert.Contains(new FlowValidator(FlowSamples.Catalog).Check(state.Document), p => p.NodeId == "approval1" && p.Message.Contains("recordId", StringComparison.Ordinal));
    }

    [Fact]
    public void Approvers_mode_due_time_and_actions_are_written_as_the_approval_activity_reads_them()
    {
        var state = State("approval1");
        var cut = Render<FlowPropertyPanel>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=add-approver]").Click();
        cut.Find("[data-testid=approver-0-type]").Change("departmentHead");
        cut.Find("[data-testid=add-approver]").Click();
        cut.Find("[data-testid=approver-1-value]").Change("finance");
        cut.Find("[data-testid=approval-mode]").Change("percentage");
        cut.Find("[data-testid=approval-percentage]").Change("60");
        cut.Find("[data-testid=approval-due]").Change("2.00:00:00");
        cut.Find("[data-testid=approval-overdue]").Change("Escalate");
        cut.Find("[data-testid=action-transfer]").Change(false);

        var node = state.Document.Node("approval1")!;
        var approvers = JsonNode.Parse(node["approvers"]!["expression"]!["value"]!.GetValue<string>())!.AsArray();
        Assert.Equal(["departmentHead", "role"], approvers.Select(a => a!["type"]!.GetValue<string>()));
        Assert.Equal("finance", approvers[1]!["value"]!.GetValue<string>());
        Assert.Equal("percentage", Literal(node, "mode"));
        Assert.Equal("60", Literal(node, "percentage"));
        Assert.Equal("2.00:00:00", Literal(node, "dueIn"));
        Assert.Equal("Escalate", Literal(node, "overdueAction"));
        Assert.DoesNotContain("transfer", Literal(node, "actions"), StringComparison.Ordinal);
        Assert.Empty(new FlowValidator(FlowSamples.Catalog).Check(state.Document));
    }

    [Fact]
    public void The_field_permission_grid_lists_the_bound_forms_fields_and_writes_the_chosen_access()
    {
        var state = State("approval2");
        var cut = Render<FlowPropertyPanel>(p => p
            .Add(c => c.State, state)
            .Add(c => c.FormFields, [("amount", "Amount"), ("notes", "Notes")]));

        Assert.Equal(2, cut.FindAll("[data-testid=field-permissions] tbody tr").Count);
        cut.Find("[data-testid=fp-amount-edit]").Change(true);
        cut.Find("[data-testid=fp-notes-hidden]").Change(true);

        var map = JsonNode.Parse(Literal(state.Document.Node("approval2")!, "fieldPermissions"))!.AsObject();
        Assert.Equal("edit", map["amount"]!.GetValue<string>());
        Assert.Equal("hidden", map["notes"]!.GetValue<string>());
    }

    [Fact]
    public void An_approver_expression_replaces_the_list_with_javascript()
    {
        var state = State("approval1");
        var cut = Render<FlowPropertyPanel>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=approvers-source]").Change("script");

        Assert.Equal("JavaScript", state.Document.Node("approval1")!["approvers"]!["expression"]!["type"]!.GetValue<string>());
        Assert.NotEmpty(cut.FindAll("[data-testid=input-approvers-value]"));
        Assert.Empty(cut.FindAll("[data-testid=add-approver]"));
    }

    [Fact]
    public void Renaming_and_deleting_from_the_panel_are_undoable_edits()
    {
        var state = State("approval2");
        var cut = Render<FlowPropertyPanel>(p => p.Add(c => c.State, state));

        cut.Find("[data-testid=node-name]").Change("FinanceApproval");
        Assert.Equal("FinanceApproval", FlowJson.Label(state.Document.Node("approval2")!));
        cut.Find("[data-testid=delete-node]").Click();
        Assert.Null(state.Document.Node("approval2"));

        state.Document.Undo();
        Assert.Equal("FinanceApproval", FlowJson.Label(state.Document.Node("approval2")!));
    }

    private static string Literal(JsonObject node, string input) => node[input]!["expression"]!["value"]!.ToString();
}
