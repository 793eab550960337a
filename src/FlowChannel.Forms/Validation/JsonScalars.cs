using System.Diagnostics.CodeAnalysis;

namespace FlowChannel.Forms.Validation;

/// <summary>Reads scalars from input nodes whether they came from parsed JSON or were built in code.</summary>
internal static class JsonScalars
{
    private const NumberStyles PlainDecimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    internal static bool TryGetString(JsonNode? node, [NotNullWhen(true)] out string? value)
    {
        value = null;
        if (node is not JsonValue scalar)
        {
            return false;
        }

        // Parsed input holds a JsonElement: asking for it directly avoids the generic string read, whose type tests
        // run through a shared generic lookup and cost several times the decoding itself.
        if (scalar.TryGetValue(out JsonElement element))
        {
            value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        else if (scalar.GetValueKind() == JsonValueKind.String)
        {
            value = scalar.GetValue<string>();
        }

        return value is not null;
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
