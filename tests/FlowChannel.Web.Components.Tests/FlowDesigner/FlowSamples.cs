using FlowChannel.Web.FlowDesigner;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

/// <summary>Flows built through the editor, as a designer would build them.</summary>
internal static class FlowSamples
{
    public static FlowCatalog Catalog { get; } = new(ActivityRegistry.CreateDefault());

    public static FlowActivityInfo Info(string type) => Catalog.Find(type) ?? throw new InvalidOperationException(type);

    /// <summary>Form submitted → manager approval → finance approval → end, connected on Approved.</summary>
    public static (FlowDocument Document, FlowEditor Editor, string[] Ids) TwoStepApproval()
    {
        var document = FlowDocument.New("expense-approval", "Expense approval");
        var editor = new FlowEditor(document);
        var trigger = editor.AddNode(Info("FlowChannel.FormSubmitted"), 0, 0);
        editor.SetInput(trigger, "formId", "String", ExpressionType.Literal, "expense-claim");
        var manager = editor.AddNode(Info("FlowChannel.Approval"), 300, 0);
        editor.SetInput(manager, "role", "String", ExpressionType.Literal, "manager");
        var finance = editor.AddNode(Info("FlowChannel.Approval"), 600, 0);
        editor.SetInput(finance, "role", "String", ExpressionType.Literal, "finance");
        var end = editor.AddNode(Info("Elsa.End"), 900, 0);
        editor.Connect(trigger, "Done", manager);
        editor.Connect(manager, "Approved", finance);
        editor.Connect(finance, "Approved", end);
        return (document, editor, [trigger, manager, finance, end]);
    }
}
