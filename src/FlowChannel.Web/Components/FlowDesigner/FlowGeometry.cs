using FlowChannel.Web.FlowDesigner;

namespace FlowChannel.Web.Components.FlowDesigner;

/// <summary>The node width other diagrams (an instance's path) share with the designer's canvas.</summary>
internal static class FlowGeometry
{
    public const double Width = FlowNodeSize.Width;
}
