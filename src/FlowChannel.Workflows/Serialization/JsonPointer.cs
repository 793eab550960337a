namespace FlowChannel.Workflows.Serialization;

/// <summary>Builds RFC 6901 pointers.</summary>
internal static class JsonPointer
{
    public static string Append(string parent, string token) =>
        $"{parent}/{token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Append(string parent, int index) => $"{parent}/{index}";
}
