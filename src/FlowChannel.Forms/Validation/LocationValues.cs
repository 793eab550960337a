using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>Location values: <c>{ "lat", "lng", "address"? }</c> with latitude and longitude in range, rounded to 7 places (about 1 cm).</summary>
internal static class LocationValues
{
    private const int Places = 7;
    private const int MaxAddressLength = 300;

    internal static JsonNode? Normalize(FieldDefinition field, JsonNode node, ErrorSink sink)
    {
        if (node is JsonObject obj
            && Coordinate(obj["lat"], 90m) is { } lat
            && Coordinate(obj["lng"], 180m) is { } lng
            && (obj["address"] is null || obj["address"] is JsonValue a && a.GetValueKind() == JsonValueKind.String))
        {
            var result = new JsonObject { ["lat"] = lat, ["lng"] = lng };
            if (obj["address"]?.GetValue<string>().Trim() is { Length: > 0 } address)
            {
                result["address"] = address.Length <= MaxAddressLength ? address : address[..MaxAddressLength];
            }

            return result;
        }

        sink.Add(field, field.Key, FieldErrorCodes.Location, ValidationText.Location(sink.Chinese));
        return null;
    }

    private static decimal? Coordinate(JsonNode? node, decimal limit) =>
        node is not null && JsonScalars.TryGetDecimal(new InputValue(node), out var value) && value >= -limit && value <= limit
            ? DecimalDigits.WithoutTrailingZeros(decimal.Round(value, Places, MidpointRounding.AwayFromZero))
            : null;
}
