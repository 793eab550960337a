namespace FlowChannel.Forms.Schema;

/// <summary>Builds RFC 6901 pointers: a token's "~" becomes "~0" and "/" becomes "~1".</summary>
internal static class JsonPointer
{
    internal static string Append(string pointer, string token) =>
        token.AsSpan().IndexOfAny('~', '/') < 0
            ? pointer + "/" + token
            : pointer + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    internal static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
}
