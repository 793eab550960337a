namespace FlowChannel.Forms.Validation;

/// <summary>
/// A non-null input value with its text read once. Reading a string out of parsed JSON decodes and allocates, and
/// both the emptiness check and the type checks need it, so it is decoded (and trimmed) here, once.
/// </summary>
internal readonly struct InputValue
{
    internal InputValue(JsonNode node)
    {
        Node = node;
        Text = JsonScalars.TryGetString(node, out var text) ? text.Trim() : null;
    }

    internal JsonNode Node { get; }

    /// <summary>The trimmed text when the value is a JSON string, else null.</summary>
    internal string? Text { get; }

    /// <summary>Blank text or an empty array: like a missing value, it fails "required".</summary>
    internal bool IsEmpty => Text is { Length: 0 } || Node is JsonArray { Count: 0 };
}
