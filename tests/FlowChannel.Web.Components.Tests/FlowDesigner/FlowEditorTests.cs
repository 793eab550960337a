using FlowChannel.Web.FlowDesigner;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

public sealed class FlowEditorTests
{
    [Fact]
    public void Added_nodes_get_unique_ids_and_names_and_a_trigger_may_start_the_flow()
    {
        var (document, _, ids) = FlowSamples.TwoStepApproval();

        Assert.Equal(["formSubmitted1", "approval1", "approval2", "end1"], ids);
        Assert.Equal("Approval2", document.Node("approval2")!["name"]!.GetValue<string>());
        Assert.True(FlowJson.CanStartWorkflow(document.Node("formSubmitted1")!));
        Assert.False(FlowJson.CanStartWorkflow(document.Node("approval1")!));
    }

    [Fact]
    public void An_approval_in_a_flow_a_form_starts_is_about_the_submitted_record_and_elsewhere_about_none()
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();
        var loose = FlowDocument.New("loose", "Loose");
        var looseApproval = new FlowEditor(loose).AddNode(FlowSamples.Info("FlowChannel.Approval"), 0, 0);

        var recordId = document.Node("approval1")!["recordId"]!["expression"]!;
        Assert.Equal("JavaScript", recordId["type"]!.GetValue<string>());
        Assert.Equal(FlowEditor.SubmittedRecordId, recordId["value"]!.GetValue<string>());
        Assert.Null(document.Node("end1")!["recordId"]);
        Assert.Null(loose.Node(looseApproval)!["recordId"]);
    }

    [Fact]
    public void Connect_refuses_duplicates_self_loops_and_missing_nodes()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        var before = document.Connections.Count;

        Assert.False(editor.Connect("approval1", "Approved", "approval2"));
        Assert.False(editor.Connect("approval1", "Rejected", "approval1"));
        Assert.False(editor.Connect("approval1", "Rejected", "gone"));
        Assert.True(editor.Connect("approval1", "Rejected", "end1"));
        Assert.Equal(before + 1, document.Connections.Count);
        Assert.Equal(("approval1", "Rejected", "end1"), FlowJson.Ends(document.Connections[^1]!.AsObject()));
    }

    [Fact]
    public void Deleting_a_node_removes_its_connections_and_undo_brings_both_back()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();

        editor.Delete(["approval1"]);
        Assert.Null(document.Node("approval1"));
        Assert.Single(document.Connections);

        Assert.True(document.Undo());
        Assert.NotNull(document.Node("approval1"));
        Assert.Equal(3, document.Connections.Count);
        Assert.True(document.Redo());
        Assert.Null(document.Node("approval1"));
    }

    [Fact]
    public void Each_edit_is_one_undo_step_and_a_new_edit_clears_redo()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        editor.Move("approval1", 310, 55);
        editor.Move("approval1", 320, 60);

        document.Undo();
        Assert.Equal((310, 55), FlowJson.Position(document.Node("approval1")!));
        document.Undo();
        Assert.Equal((300, 0), FlowJson.Position(document.Node("approval1")!));
        editor.Rename("end1", "Done");
        Assert.False(document.History.CanRedo);
        Assert.False(document.Redo());
    }

    [Fact]
    public void An_edit_that_changes_nothing_is_not_an_undo_step()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        var revision = document.Revision;

        editor.Move("approval1", 300, 0);
        editor.Disconnect("approval1", "Rejected", "end1");

        Assert.Equal(revision, document.Revision);
    }

    [Fact]
    public void Paste_copies_nodes_with_their_inner_connection_under_new_ids_offset_from_the_originals()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        var clipboard = new FlowClipboard(document, editor);

        Assert.True(clipboard.Copy(["approval1", "approval2"]));
        var pasted = clipboard.Paste();

        Assert.Equal(2, pasted.Count);
        Assert.DoesNotContain("approval1", pasted);
        Assert.Equal(6, document.Activities.Count);
        Assert.Contains(document.Connections.OfType<JsonObject>(), c => FlowJson.Ends(c) == (pasted[0], "Approved", pasted[1]));
        Assert.Equal((340, 40), FlowJson.Position(document.Node(pasted[0])!));
        Assert.Equal("role", document.Node(pasted[1])!.Select(p => p.Key).Single(k => k == "role"));
        document.Undo();
        Assert.Equal(4, document.Activities.Count);
    }

    [Fact]
    public void An_input_is_written_in_elsa_shape_and_an_empty_literal_removes_it()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();

        editor.SetInput("approval1", "title", "String", ExpressionType.Liquid, "Claim {{ Input.record.id }}");
        var title = document.Node("approval1")!["title"]!;
        Assert.Equal("String", title["typeName"]!.GetValue<string>());
        Assert.Equal("Liquid", title["expression"]!["type"]!.GetValue<string>());

        editor.SetInput("approval1", "title", "String", ExpressionType.Literal, null);
        Assert.Null(document.Node("approval1")!["title"]);
    }

    [Fact]
    public void Legacy_flat_connections_are_read_in_the_current_shape()
    {
        var json = JsonNode.Parse("""
            { "definitionId": "d", "root": { "type": "Elsa.Flowchart", "activities": [ { "id": "a", "type": "Elsa.Start" }, { "id": "b", "type": "Elsa.End" } ],
              "connections": { "$values": [ { "source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In" } ] } } }
            """)!.AsObject();

        var document = new FlowDocument(json);

        Assert.Equal(("a", "Done", "b"), FlowJson.Ends(document.Connections.Single()!.AsObject()));
    }
}
