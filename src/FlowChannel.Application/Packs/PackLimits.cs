namespace FlowChannel.Application.Packs;

/// <summary>
/// How big a pack may be (configuration section <c>FlowChannel:Packs</c>). A pack is uploaded by an admin, but an
/// archive from elsewhere can still be a zip bomb: sizes are checked as declared and again as actually inflated.
/// </summary>
public sealed class PackLimits
{
    public const string Section = "FlowChannel:Packs";

    /// <summary>The archive itself, as uploaded.</summary>
    public long MaxArchiveBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>All files together once inflated.</summary>
    public long MaxTotalBytes { get; set; } = 64 * 1024 * 1024;

    public long MaxFileBytes { get; set; } = 8 * 1024 * 1024;

    public int MaxFiles { get; set; } = 1000;

    /// <summary>Inflated size over compressed size, checked for files past <see cref="RatioCheckedFromBytes"/>.</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Small files of repeated text compress very well without being a bomb; the ratio is checked above this.</summary>
    public long RatioCheckedFromBytes { get; set; } = 64 * 1024;
}
