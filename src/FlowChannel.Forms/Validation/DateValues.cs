using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>Date (<c>yyyy-MM-dd</c>), date-time (UTC ISO 8601) and time (<c>HH:mm:ss</c>) values, given as strings.</summary>
internal static class DateValues
{
    private const string CanonicalDate = "yyyy-MM-dd";

    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d"];

    // A .NET DateTime serializes a picked date as "2025-03-31T00:00:00", with no offset: its date part is the date.
    // Values with an offset are refused for dates: "2025-03-30T16:00:00Z" is the 31st in Beijing, the 30th in UTC.
    private static readonly string[] UnzonedDateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"];

    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK"];

    private static readonly string[] TimeFormats = ["H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF"];

    internal static JsonNode? Normalize(FieldDefinition field, InputValue value, ErrorSink sink)
    {
        var text = value.Text;
        var normalized = text is null ? null : field.Type switch
        {
            FieldType.Date => ToDate(text),
            FieldType.DateTime => ToDateTime(text),
            _ => ToTime(text),
        };

        if (normalized is null)
        {
            sink.Add(field, field.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, field.Type));
            return null;
        }

        return JsonValue.Create(normalized);
    }

    private static string? ToDate(string text)
    {
        var invariant = CultureInfo.InvariantCulture;

        // Most values already arrive in the stored form: check it by hand (culture-aware parsing is the slow part
        // of a date) and keep the string instead of formatting a new one.
        if (IsCanonicalDate(text))
        {
            return text;
        }

        if (DateOnly.TryParseExact(text, DateFormats, invariant, DateTimeStyles.None, out var date))
        {
            return date.ToString(CanonicalDate, invariant);
        }

        return DateTime.TryParseExact(text, UnzonedDateTimeFormats, invariant, DateTimeStyles.None, out var dateTime)
            ? dateTime.ToString(CanonicalDate, invariant)
            : null;
    }

    private static bool IsCanonicalDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    // -1 unless every character is an ASCII digit.
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    // Stored in UTC to the second, at a fixed width, so that stored strings sort and compare like the instants.
    // A value without an offset is taken as UTC; clients that mean local time must send the offset.
    private static string? ToDateTime(string text) =>
        DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : null;

    private static string? ToTime(string text) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : null;
}
