using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>Number, money, percent and rating values: JSON numbers or numeric strings, checked for precision and range.</summary>
internal static class NumberValues
{
    internal const int DefaultRatingStars = 5;

    // Money without an explicit precision is in cents; an amount of 0.001 yuan is a mistake, not a price.
    private const int DefaultMoneyPrecision = 2;

    internal static JsonNode? Normalize(FieldDefinition field, InputValue input, ErrorSink sink)
    {
        if (!JsonScalars.TryGetDecimal(input, out var value))
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        return field.Type == FieldType.Rating ? Rating(field, value, sink) : Number(field, value, sink);
    }

    private static JsonValue? Number(FieldDefinition field, decimal value, ErrorSink sink)
    {
        var valid = true;
        var precision = field.Precision ?? (field.Type == FieldType.Money ? DefaultMoneyPrecision : null);
        // A value with no more decimals than allowed is already rounded (the usual case): decimal arithmetic is costly.
        if (precision is { } places && value.Scale > places)
        {
            var rounded = decimal.Round(value, places, MidpointRounding.AwayFromZero);

            // JavaScript clients send 0.1 + 0.2 as 0.30000000000000004: binary floating-point noise is rounded away,
            // while a real extra digit (12.345 for cents) is an error, since money must not change behind the user's back.
            if (Math.Abs(rounded - value) > Math.Max(Math.Abs(value), 1m) * 1e-14m)
            {
                sink.Add(field, field.Key, FieldErrorCodes.Precision, ValidationText.Precision(sink.Chinese, places));
                valid = false;
            }

            value = rounded;
        }

        if (value < field.Min)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Min, ValidationText.Min(sink.Chinese, field.Min.Value, sink.Culture));
            valid = false;
        }

        if (value > field.Max)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Max, ValidationText.Max(sink.Chinese, field.Max.Value, sink.Culture));
            valid = false;
        }

        return valid ? JsonValue.Create(DecimalDigits.WithoutTrailingZeros(value)) : null;
    }

    private static JsonValue? Rating(FieldDefinition field, decimal value, ErrorSink sink)
    {
        var stars = field.Max ?? DefaultRatingStars;
        if (value != decimal.Truncate(value))
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        if (value < 1)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Min, ValidationText.Min(sink.Chinese, 1, sink.Culture));
            return null;
        }

        if (value > stars)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Max, ValidationText.Max(sink.Chinese, stars, sink.Culture));
            return null;
        }

        return JsonValue.Create((int)value);
    }
}
