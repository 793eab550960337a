using FlowChannel.Application.Tasks;
using FlowChannel.Web.Components.Tests.Forms;
using FlowChannel.Web.Components.Workflows;

namespace FlowChannel.Web.Components.Tests.Workflows;

/// <summary>The task page's flow diagram rendered with bUnit: the path taken, the node it waits on, and a layout for unplaced nodes.</summary>
public sealed class FlowPathDiagramTests : FormTestContext
{
    private static FlowPathView Path(bool placed) => new(
        "instance-1", "claim", 1, "Claim", "Running", "Suspended",
        [
            new("start", null, "Elsa.Start", placed ? 0 : null, placed ? 0 : null),
            new("review", "Manager review", "FlowChannel.Approval", placed ? 240 : null, placed ? 0 : null),
            new("done", "Approved", "Elsa.WriteLine", placed ? 480 : null, placed ? 0 : null),
            new("refused", "Rejected", "Elsa.WriteLine", placed ? 480 : null, placed ? 110 : null),
        ],
        [
            new("start", "Done", "review", true),
            new("review", "Approved", "done", false),
            new("review", "Rejected", "refused", false),
        ],
        ["start", "review"],
        ["review"],
        CanWithdraw: false);

    [Fact]
    public void The_current_node_is_highlighted_the_executed_ones_marked_and_the_followed_link_drawn_as_taken()
    {
        var cut = Render<FlowPathDiagram>(p => p.Add(c => c.Path, Path(placed: true)));

        Assert.Equal("current", cut.Find("[data-testid=path-node-review]").GetAttribute("data-state"));
        Assert.Contains("current", cut.Find("[data-testid=path-node-review]").ClassList);
        Assert.Equal("done", cut.Find("[data-testid=path-node-start]").GetAttribute("data-state"));
        Assert.Equal("pending", cut.Find("[data-testid=path-node-done]").GetAttribute("data-state"));
        Assert.Single(cut.FindAll("g.path-node.current"));
        Assert.Equal("true", cut.Find("[data-testid=path-link-start-Done-review]").GetAttribute("data-taken"));
        Assert.Equal("false", cut.Find("[data-testid=path-link-review-Approved-done]").GetAttribute("data-taken"));
        Assert.Contains("Manager review", cut.Find("[data-testid=path-node-review]").TextContent, StringComparison.Ordinal);
        // Stored positions are used as they are, shifted by the margin.
        Assert.Equal("translate(260,20)", cut.Find("[data-testid=path-node-review]").GetAttribute("transform"));
    }

    [Fact]
    public void Nodes_without_positions_are_laid_out_left_to_right_without_overlapping()
    {
        var cut = Render<FlowPathDiagram>(p => p.Add(c => c.Path, Path(placed: false)));

        var places = new[] { "start", "review", "done", "refused" }
            .Select(id => cut.Find($"[data-testid=path-node-{id}]").GetAttribute("transform"))
            .ToList();
        Assert.Equal(4, places.Distinct().Count());
        Assert.True(X(places[0]) < X(places[1]) && X(places[1]) < X(places[2]), string.Join(" ", places));
        Assert.Equal("current", cut.Find("[data-testid=path-node-review]").GetAttribute("data-state"));
    }

    private static double X(string? transform)
    {
        Assert.NotNull(transform);
        return double.Parse(transform["translate(".Length..transform.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }
}
