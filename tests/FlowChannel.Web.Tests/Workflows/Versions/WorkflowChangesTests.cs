using System.Text.Json.Nodes;
using FlowChannel.Application.Workflows.Definitions.Changes;
using static FlowChannel.Web.Tests.Workflows.Versions.VersionSamples;

namespace FlowChannel.Web.Tests.Workflows.Versions;

/// <summary>What a reviewer of a new flow version is shown: <see cref="WorkflowChanges"/> on Elsa JSON.</summary>
public sealed class WorkflowChangesTests
{
    private static WorkflowChangeList Compare(JsonObject older, JsonObject newer) => WorkflowChanges.Compare("expense-approval", 2, 1, older, newer);

    [Fact]
    public void An_unchanged_copy_has_no_changes()
    {
        var changes = Compare(Definition(), Definition());

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void A_second_approval_step_is_an_added_node_and_the_rewired_connections()
    {
        var newer = Definition();
        Activities(newer).Add(new JsonObject
        {
            ["id"] = "finance", ["name"] = "Finance approval", ["type"] = "FlowChannel.Approval", ["version"] = 1,
            ["role"] = Literal("String", "finance"),
        });
        Connections(newer).RemoveAt(1);
        Connections(newer).Add(JsonNode.Parse("""{ "source": { "activity": "manager", "port": "Approved" }, "target": { "activity": "finance", "port": "In" } }"""));
        Connections(newer).Add(JsonNode.Parse("""{ "source": { "activity": "finance", "port": "Approved" }, "target": { "activity": "done", "port": "In" } }"""));

        var changes = Compare(Definition(), newer);

        var added = Assert.Single(changes.Activities);
        Assert.Equal(("finance", "Finance approval", "FlowChannel.Approval", WorkflowChangeKind.Added), (added.Id, added.Name, added.Type, added.Kind));
        Assert.Equal(
            [
                (WorkflowChangeKind.Added, "Manager approval", "Approved", "Finance approval"),
                (WorkflowChangeKind.Added, "Finance approval", "Approved", "Done"),
                (WorkflowChangeKind.Removed, "Manager approval", "Approved", "Done"),
            ],
            changes.Connections.Select(c => (c.Kind, c.SourceName, c.Port, c.TargetName)));
        Assert.False(changes.LayoutChanged);
    }

    [Fact]
    public void A_removed_node_is_named_as_it_was_and_so_are_its_connections()
    {
        var newer = Definition();
        Activities(newer).RemoveAt(2);
        Connections(newer).RemoveAt(1);

        var changes = Compare(Definition(), newer);

        var removed = Assert.Single(changes.Activities);
        Assert.Equal(("done", "Done", WorkflowChangeKind.Removed), (removed.Id, removed.Name, removed.Kind));
        var link = Assert.Single(changes.Connections);
        Assert.Equal((WorkflowChangeKind.Removed, "manager", "Approved", "done", "Done"), (link.Kind, link.Source, link.Port, link.Target, link.TargetName));
    }

    [Fact]
    public void Approval_settings_and_other_inputs_are_listed_apart_with_old_and_new_values()
    {
        var newer = Definition();
        var manager = Activity(newer, "manager");
        manager["mode"] = Literal("String", "all");
        manager["dueIn"] = Literal("TimeSpan", "2.00:00:00");
        manager["title"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "'Claim ' + getInput('no')" } };
        manager["name"] = "Line manager approval";

        var changes = Compare(Definition(), newer);

        var changed = Assert.Single(changes.Activities);
        Assert.Equal((WorkflowChangeKind.Changed, "Line manager approval"), (changed.Kind, changed.Name));
        Assert.Equal([new ValueChange("dueIn", null, "2.00:00:00"), new ValueChange("mode", "any", "all")], changed.ApprovalSettings.OrderBy(s => s.Name));
        Assert.Equal([new ValueChange("title", "Approve the claim", "JavaScript: 'Claim ' + getInput('no')")], changed.Inputs);
        Assert.Equal([new ValueChange("name", "Manager approval", "Line manager approval")], changed.Properties);
    }

    [Fact]
    public void Moving_every_node_is_one_layout_change_and_not_a_change_of_any_node()
    {
        var newer = Definition();
        Move(Activity(newer, "start"), 100, 300);
        Move(Activity(newer, "done"), 900, 10);
        Activity(newer, "manager")["metadata"]!["designer"]!["size"] = new JsonObject { ["width"] = 200, ["height"] = 98 };
        Connections(newer)[0]!["vertices"] = JsonNode.Parse("""[ { "x": 200, "y": 200 } ]""");

        var changes = Compare(Definition(), newer);

        Assert.True(changes.LayoutChanged);
        Assert.Empty(changes.Activities);
        Assert.Empty(changes.Connections);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void Variables_are_matched_by_name_wherever_elsa_keeps_them()
    {
        var newer = Definition();
        newer["variables"]![0]!["value"] = "100";
        newer["root"]!["variables"] = JsonNode.Parse("""[ { "id": "v2", "name": "Approver", "typeName": "String", "value": "" } ]""");
        var older = Definition();
        older["variables"]!.AsArray().Add(JsonNode.Parse("""{ "id": "v3", "name": "Legacy", "typeName": "String" }"""));

        var changes = Compare(older, newer);

        Assert.Equal(
            [("Amount", WorkflowChangeKind.Changed), ("Approver", WorkflowChangeKind.Added), ("Legacy", WorkflowChangeKind.Removed)],
            changes.Variables.Select(v => (v.Name, v.Kind)));
        Assert.Equal([new ValueChange("value", "0", "100")], changes.Variables[0].Properties);
    }

    [Fact]
    public void The_flows_name_is_a_property_change_but_its_version_bookkeeping_is_not()
    {
        var newer = Definition();
        newer["name"] = "Claim approval";
        newer["version"] = 2;
        newer["id"] = "expense-approval-v2";
        newer["isPublished"] = true;

        var changes = Compare(Definition(), newer);

        Assert.Equal([new ValueChange("name", "Expense approval", "Claim approval")], changes.Properties);
        Assert.Empty(changes.Activities);
    }

    [Fact]
    public void Legacy_flat_connections_compare_with_the_current_shape_and_long_scripts_are_cut()
    {
        var older = Definition();
        Connections(older)[0] = JsonNode.Parse("""{ "source": "start", "sourcePort": "Done", "target": "manager", "targetPort": "In" }""");
        var newer = Definition();
        Activity(newer, "manager")["title"] = new JsonObject
        {
            ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = new string('x', 500) },
        };

        var changes = Compare(older, newer);

        Assert.Empty(changes.Connections);
        var title = Assert.Single(Assert.Single(changes.Activities).Inputs);
        Assert.EndsWith("…", title.After, StringComparison.Ordinal);
        Assert.True(title.After!.Length <= 201);
    }

    [Fact]
    public void Against_nothing_every_node_connection_and_variable_is_added()
    {
        var changes = WorkflowChanges.Compare("expense-approval", 1, null, null, Definition());

        Assert.Null(changes.Against);
        Assert.Equal(3, changes.Activities.Count(a => a.Kind == WorkflowChangeKind.Added));
        Assert.Equal(2, changes.Connections.Count);
        Assert.Equal("Amount", Assert.Single(changes.Variables).Name);
    }
}
