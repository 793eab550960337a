namespace FlowChannel.Application.Packs;

/// <summary>Counts files and bytes of one pack against its <see cref="PackLimits"/>.</summary>
internal sealed class PackBudget(PackLimits limits)
{
    private int _files;
    private long _declared;

    public void Declare(string path, long length, long compressed, List<PackError> errors)
    {
        if (++_files == limits.MaxFiles + 1)
        {
            errors.Add(new PackError("", "", $"The pack has more than {limits.MaxFiles} files."));
        }
        if (length > limits.MaxFileBytes)
        {
            errors.Add(new PackError(path, "", $"The file is larger than {PackReader.Mb(limits.MaxFileBytes)}."));
        }
        else if (length > limits.RatioCheckedFromBytes && length / Math.Max(compressed, 1) > limits.MaxCompressionRatio)
        {
            errors.Add(new PackError(path, "", $"The file is compressed more than {limits.MaxCompressionRatio} to 1, as a zip bomb is."));
        }
        var before = _declared;
        _declared += length;
        if (before <= limits.MaxTotalBytes && _declared > limits.MaxTotalBytes)
        {
            errors.Add(new PackError("", "", $"The pack's files add up to more than {PackReader.Mb(limits.MaxTotalBytes)}."));
        }
    }

    /// <summary>The most an entry may inflate to: its declared size, which was checked against the limits.</summary>
    public long RemainingFor(long declared) => Math.Min(declared, limits.MaxFileBytes);
}
