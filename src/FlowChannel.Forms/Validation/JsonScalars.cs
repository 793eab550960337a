using System.Diagnostics.CodeAnalysis;

namespace FlowChannel.Forms.Validation;

/// <summary>Reads scalars from input nodes whether they came from parsed JSON or were built in code.</summary>
internal static class JsonScalars
{
    private const NumberStyles PlainDecimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    internal static bool TryGetString(JsonNode? node, [NotNullWhen(true)] out string? value)
    {
        if (node?.GetValueKind() == JsonValueKind.String)
        {
            value = node.GetValue<string>();
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>A JSON number, or a string holding a plain decimal such as <c>"12.5"</c> (no exponent, no grouping).</summary>
    internal static bool TryGetDecimal(InputValue input, out decimal value)
    {
        if (input.Text is { } text)
        {
            return decimal.TryParse(text, PlainDecimal, CultureInfo.InvariantCulture, out value);
        }

        if (input.Node.GetValueKind() == JsonValueKind.Number)
        {
            var number = input.Node.AsValue();

            // Values built in code (JsonValue.Create(5)) only convert to their own CLR type; their JSON text parses.
            return number.TryGetValue(out value)
                || decimal.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        return false;
    }
}
