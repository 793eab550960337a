using FlowChannel.Application.Workflows.Definitions;
using FlowChannel.Web.Components.Pages.FlowDesigner;
using FlowChannel.Web.Components.Tests.Designer;
using FlowChannel.Web.FlowDesigner;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Web.Components.Tests.FlowDesigner;

/// <summary>
/// The flow designer page's versions panel on a real database: what changed between versions, in English and
/// Chinese, and opening an old version then saving it, which restores it as the draft.
/// </summary>
public sealed class FlowVersionsPageTests : DatabaseTestContext
{
    public FlowVersionsPageTests()
    {
        JSInterop.SetupModule("./js/flow-canvas.js").Setup<double[]>("rect", _ => true).SetResult([0, 0, 900, 520]);
    }

    // v1: the two-step approval, the manager's mode "any"; v2 (published): finance approval dropped, the manager's mode "all", a node moved.
    private async Task SeedAsync()
    {
        var (document, editor, _) = FlowSamples.TwoStepApproval();
        editor.SetInput("approval1", "mode", "String", ExpressionType.Literal, "any");
        await SendAsync(new SaveWorkflowDraft(Designer, document.ToJson()));
        await SendAsync(new PublishWorkflowDefinition(Designer, "expense-approval", null));
        editor.Delete(["approval2"]);
        editor.Connect("approval1", "Approved", "end1");
        editor.SetInput("approval1", "mode", "String", ExpressionType.Literal, "all");
        editor.Move("end1", 600, 200);
        await SendAsync(new SaveWorkflowDraft(Designer, document.ToJson()));
        await SendAsync(new PublishWorkflowDefinition(Designer, "expense-approval", null));
    }

    private IRenderedComponent<FlowDesignerPage> RenderPage()
    {
        var cut = Render<FlowDesignerPage>(p => p.Add(c => c.DefinitionId, "expense-approval"));
        cut.WaitForElement("[data-testid=show-changes-2]");
        return cut;
    }

    [Fact]
    public async Task What_changed_lists_the_removed_node_the_rewired_connections_the_approval_setting_and_the_layout()
    {
        await SeedAsync();
        var cut = RenderPage();

        cut.Find("[data-testid=show-changes-2]").Click();

        var changes = cut.WaitForElement("[data-testid=flow-changes-2]");
        Assert.Contains("Compared with v1", changes.TextContent, StringComparison.Ordinal);
        Assert.Contains("Node removed", cut.Find("[data-testid=change-node-approval2]").TextContent, StringComparison.Ordinal);
        Assert.Contains("any → all", cut.Find("[data-testid=change-setting-approval1-mode]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Connection added", cut.Find("[data-testid=change-link-approval1-Approved-end1]").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=change-link-approval2-Approved-end1]"));
        Assert.Single(cut.FindAll("[data-testid=change-layout]"));
        Assert.Empty(cut.FindAll("[data-testid=change-node-end1]"));
    }

    [Fact]
    public async Task The_changes_read_in_chinese_for_a_chinese_designer()
    {
        await SeedAsync();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var cut = RenderPage();
            cut.Find("[data-testid=show-changes-1]").Click();

            var changes = cut.WaitForElement("[data-testid=flow-changes-1]");
            Assert.Contains("首个版本", changes.TextContent, StringComparison.Ordinal);
            Assert.Contains("新增节点", cut.Find("[data-testid=change-node-approval1]").TextContent, StringComparison.Ordinal);
            Assert.Contains("新增连线", cut.Find("[data-testid=change-link-approval1-Approved-approval2]").TextContent, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task Opening_an_old_version_and_saving_restores_it_as_the_draft()
    {
        await SeedAsync();
        var cut = RenderPage();
        Assert.Null(cut.Find("svg").QuerySelector("[data-testid=node-approval2]"));

        cut.Find("[data-testid=open-version-1]").Click();
        cut.WaitForElement("[data-testid=node-approval2]");
        cut.Find("[data-testid=save-flow]").Click();
        cut.WaitForElement("[data-testid=show-changes-3]");

        var draft = await SendAsync(new GetWorkflowDraft(Designer, "expense-approval"));
        Assert.Equal((3, false), (draft.Version, draft.IsPublished));
        var restored = new FlowDocument(JsonNode.Parse(draft.Json)!.AsObject());
        Assert.NotNull(restored.Node("approval2"));
        Assert.Contains(restored.Connections.OfType<JsonObject>(), c => FlowJson.Ends(c) == ("approval1", "Approved", "approval2"));

        // Against the published version 2, the restored draft brings the finance step back.
        cut.Find("[data-testid=show-changes-3]").Click();
        cut.WaitForElement("[data-testid=flow-changes-3]");
        Assert.Contains("Node added", cut.Find("[data-testid=change-node-approval2]").TextContent, StringComparison.Ordinal);
        Assert.Contains("all → any", cut.Find("[data-testid=change-setting-approval1-mode]").TextContent, StringComparison.Ordinal);
    }
}
