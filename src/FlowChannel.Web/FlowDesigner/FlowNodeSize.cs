namespace FlowChannel.Web.FlowDesigner;

/// <summary>
/// How big a node is drawn: a fixed width, and tall enough for one row per outcome port (an approval node with all its
/// outcomes is twice the height of a one-port node). Fit, the minimap and the canvas all take sizes from here.
/// </summary>
public static class FlowNodeSize
{
    public const double Width = 180;
    public const double MinHeight = 56;
    private const double PortTop = 18;
    private const double PortStep = 20;

    public static double Height(int ports) => Math.Max(MinHeight, PortTop + ports * PortStep);

    /// <summary>Where the port row <paramref name="index"/> sits, from the node's top.</summary>
    public static double PortY(int index) => PortTop + index * PortStep;
}
