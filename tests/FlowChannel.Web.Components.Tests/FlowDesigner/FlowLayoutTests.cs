using FlowChannel.Web.FlowDesigner;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

public sealed class FlowLayoutTests
{
    [Fact]
    public void Layout_puts_each_step_one_column_right_of_the_step_before_it()
    {
        var (document, editor, ids) = FlowSamples.TwoStepApproval();
        foreach (var id in ids)
        {
            editor.Move(id, 500, 500);
        }

        FlowLayout.Apply(document);

        var xs = ids.Select(id => FlowJson.Position(document.Node(id)!).X).ToArray();
        Assert.Equal([40, 280, 520, 760], xs);
        Assert.All(ids, id => Assert.Equal(40, FlowJson.Position(document.Node(id)!).Y));
    }

    [Fact]
    public void Branches_share_a_column_on_separate_rows_and_a_loop_does_not_push_nodes_right()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        var notify = editor.AddNode(FlowSamples.Info("FlowChannel.Notify"), 0, 0);
        editor.Connect("approval1", "Rejected", notify);
        editor.Connect(notify, "Done", "approval1");

        FlowLayout.Apply(document);

        var approval2 = FlowJson.Position(document.Node("approval2")!);
        var notified = FlowJson.Position(document.Node(notify)!);
        Assert.Equal(approval2.X, notified.X);
        Assert.NotEqual(approval2.Y, notified.Y);
        Assert.Equal(280, FlowJson.Position(document.Node("approval1")!).X);
    }

    [Fact]
    public void Layout_is_one_undo_step()
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();
        var before = document.ToJson();

        FlowLayout.Apply(document);
        document.Undo();

        Assert.Equal(before, document.ToJson());
    }

    [Fact]
    public void Positions_survive_the_export_of_the_definition()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        editor.Move("approval2", 612, 148);

        var read = ElsaJsonReader.Read(document.ToJson(), ActivityRegistry.CreateDefault());
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        var exported = new FlowDocument(JsonNode.Parse(ElsaJsonWriter.Write(read.Definition!))!.AsObject());

        Assert.Equal((612, 148), FlowJson.Position(exported.Node("approval2")!));
        Assert.Equal(3, exported.Connections.Count);
    }
}
