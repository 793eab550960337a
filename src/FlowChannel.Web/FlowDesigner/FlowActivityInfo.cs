using FlowChannel.Workflows.Activities;

namespace FlowChannel.Web.FlowDesigner;

/// <summary>An activity as the palette and the property panel show it.</summary>
/// <param name="Type">The Elsa type name written into the definition.</param>
/// <param name="Category">One of <see cref="FlowCatalog.Categories"/>.</param>
/// <param name="Icon">A short symbol drawn on the node.</param>
/// <param name="Kind">Trigger, action, blocking step or terminal.</param>
/// <param name="Inputs">The inputs the property panel offers.</param>
/// <param name="Outcomes">The fixed outcome ports.</param>
/// <param name="Required">Inputs the node cannot run without; validation names the node while one is empty.</param>
public sealed record FlowActivityInfo(
    string Type,
    string Category,
    string Icon,
    ActivityKind Kind,
    IReadOnlyList<ActivityInputDescriptor> Inputs,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Required)
{
    /// <summary>The type without its prefix, e.g. <c>Approval</c>: the default node name and the palette label.</summary>
    public string ShortName => Type[(Type.LastIndexOf('.') + 1)..];
}
