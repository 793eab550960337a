using FlowChannel.Web.FlowDesigner;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

public sealed class FlowValidatorTests
{
    private static readonly FlowValidator Validator = new(FlowSamples.Catalog);

    [Fact]
    public void A_complete_two_step_approval_has_no_problems()
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();

        Assert.Empty(Validator.Check(document));
    }

    [Fact]
    public void A_node_nothing_leads_to_is_unreachable_and_named()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        var stray = editor.AddNode(FlowSamples.Info("FlowChannel.Notify"), 0, 300);

        var problem = Assert.Single(Validator.Check(document));

        Assert.Equal(stray, problem.NodeId);
        Assert.Contains("Notify1", problem.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_from_a_port_the_node_lacks_is_dangling()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        editor.Connect("approval1", "Maybe", "end1");

        var problem = Assert.Single(Validator.Check(document));

        Assert.Equal("approval1", problem.NodeId);
        Assert.Contains("no port Maybe", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_to_a_node_that_is_gone_is_dangling()
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();
        document.Edit(_ => document.Connections.Add(FlowJson.Connection("approval2", "Rejected", "removed")));

        Assert.Contains(Validator.Check(document), p => p.NodeId == "approval2" && p.Message.Contains("'removed'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_required_input_is_named_with_its_node()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        editor.SetInput("formSubmitted1", "formId", "String", ExpressionType.Literal, "  ");

        Assert.Contains(Validator.Check(document), p => p.NodeId == "formSubmitted1" && p.Message.Contains("needs a value for formId", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_activity_type_is_named()
    {
        var (document, _, _) = FlowSamples.TwoStepApproval();
        document.Edit(_ => document.Node("end1")!["type"] = "Acme.Teleport");

        Assert.Contains(Validator.Check(document), p => p.NodeId == "end1" && p.Message.Contains("Acme.Teleport", StringComparison.Ordinal));
    }

    [Fact]
    public void A_script_that_does_not_parse_is_reported_on_its_node_and_input()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        editor.SetInput("approval2", "recordId", "String", ExpressionType.JavaScript, "getInput('record'.id");
        editor.SetInput("approval1", "title", "String", ExpressionType.Liquid, "{{ Input.record.id ");

        var problems = Validator.Check(document);

        Assert.Contains(problems, p => p.NodeId == "approval2" && p.Message.StartsWith("'Approval2' recordId:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.NodeId == "approval1" && p.Message.StartsWith("'Approval1' title:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_well_formed_script_is_not_a_problem()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        editor.SetInput("approval2", "recordId", "String", ExpressionType.JavaScript, "return getInput('record').id;");

        Assert.Empty(Validator.Check(document));
    }

    [Fact]
    public void An_empty_flow_says_so()
    {
        var problem = Assert.Single(Validator.Check(FlowDocument.New("x", "X")));

        Assert.Null(problem.NodeId);
    }
}
