namespace FlowChannel.Web.Components.FlowDesigner;

/// <summary>Node sizes and port places on the canvas: tall enough for one row per outcome port.</summary>
internal static class FlowGeometry
{
    public const double Width = 180;
    private const double PortTop = 18;
    private const double PortStep = 20;

    public static double Height(int ports) => Math.Max(56, PortTop + ports * PortStep);

    public static double PortY(int index) => PortTop + index * PortStep;
}
