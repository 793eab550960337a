namespace FlowChannel.Channel.Common;

/// <summary>
/// A channel rule (a tier table, a scorecard, an allocation rule …) is not usable as given; <see cref="Path"/>
/// names the offending part the way a form or pack error does (for example <c>tiers[2].lower</c>).
/// </summary>
public sealed class RuleException(string path, string message) : Exception($"{path}: {message}")
{
    public string Path { get; } = path;

    public string Reason { get; } = message;
}
