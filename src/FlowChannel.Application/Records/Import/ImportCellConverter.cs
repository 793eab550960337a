using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Turns one spreadsheet cell into the JSON value a client would send for its field. What it cannot read (text in a
/// number column, an unknown option) goes to the validator unchanged, so that the message is the one a submission
/// gets; only names of users, departments and linked records, which have no raw form, fail here.
/// </summary>
public sealed class ImportCellConverter(ImportLookups lookups, TimeZoneInfo zone)
{
    private static readonly char[] ListSeparators = [',', '，', ';', '；', '、', '\n', '|'];
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];
    private static readonly string[] LocalDateTimeFormats =
        ["yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-M-d'T'H:mm", "yyyy-M-d'T'H:mm:ss", "yyyy-M-d"];

    /// <summary>The value, or an error message for the cell; both null for an empty cell.</summary>
    public (JsonNode? Value, string? Error) Convert(FieldDefinition field, object? cell)
    {
        var text = ImportSheet.Text(cell);
        if (text.Length == 0)
        {
            return (null, null);
        }
        return field.Type switch
        {
            FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating => (Number(cell, text), null),
            FieldType.Date => (Date(cell, text), null),
            FieldType.DateTime => (DateTime(cell, text), null),
            FieldType.Time => (Time(cell, text), null),
            FieldType.Switch => (Switch(cell, text), null),
            FieldType.Radio or FieldType.Select => (Option(field, text), null),
            FieldType.Checkbox or FieldType.MultiSelect => (new JsonArray([.. Split(text).Select(t => Option(field, t))]), null),
            FieldType.Member or FieldType.Department or FieldType.Link => Reference(field, text),
            FieldType.Members or FieldType.Departments => References(field, text),
            _ => (JsonValue.Create(text), null),
        };
    }

    private static JsonValue Number(object? cell, string text)
    {
        if (cell is double d)
        {
            return JsonValue.Create((decimal)d);
        }
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).TrimStart('¥', '￥', '$').Trim();
        return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);
    }

    private static JsonValue Date(object? cell, string text) => cell switch
    {
        DateTime t => JsonValue.Create(t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        double serial when IsSerial(serial) => JsonValue.Create(System.DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ when System.DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) =>
            JsonValue.Create(parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && IsSerial(serial) =>
            JsonValue.Create(System.DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    /// <summary>A spreadsheet's date-times are wall-clock times: read in the server's zone (TZ), stored in UTC.</summary>
    private JsonValue DateTime(object? cell, string text)
    {
        System.DateTime? local = cell switch
        {
            System.DateTime t => t,
            double serial when IsSerial(serial) => System.DateTime.FromOADate(serial),
            _ when System.DateTime.TryParseExact(text, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            _ => null,
        };
        if (local is null)
        {
            return JsonValue.Create(text);
        }
        var utc = TimeZoneInfo.ConvertTimeToUtc(System.DateTime.SpecifyKind(local.Value, DateTimeKind.Unspecified), zone);
        return JsonValue.Create(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    private static JsonValue Time(object? cell, string text) => cell switch
    {
        System.DateTime t => JsonValue.Create(t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)),
        TimeSpan span => JsonValue.Create(span.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)),
        double fraction when fraction is >= 0 and < 1 =>
            JsonValue.Create(TimeSpan.FromSeconds(Math.Round(fraction * 86400)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    private static JsonValue Switch(object? cell, string text) => cell switch
    {
        bool b => JsonValue.Create(b),
        _ => text.ToLowerInvariant() switch
        {
            "true" or "yes" or "y" or "1" or "on" or "是" or "√" or "✓" => JsonValue.Create(true),
            "false" or "no" or "n" or "0" or "off" or "否" or "×" or "✗" => JsonValue.Create(false),
            _ => JsonValue.Create(text),
        },
    };

    /// <summary>An option by its stored value, else by its label in any language.</summary>
    private static JsonValue Option(FieldDefinition field, string text)
    {
        var option = field.Options.FirstOrDefault(o => string.Equals(o.Value, text, StringComparison.Ordinal))
            ?? field.Options.FirstOrDefault(o => string.Equals(o.Value, text, StringComparison.OrdinalIgnoreCase)
                || o.Label.Values.Values.Any(l => string.Equals(l.Trim(), text, StringComparison.OrdinalIgnoreCase)));
        return JsonValue.Create(option?.Value ?? text);
    }

    private (JsonNode? Value, string? Error) Reference(FieldDefinition field, string text)
    {
        var id = field.Type switch
        {
            FieldType.Member or FieldType.Members => lookups.User(text),
            FieldType.Department or FieldType.Departments => lookups.Department(text),
            _ => lookups.LinkedRecord(field.Link!, text),
        };
        if (id is not null)
        {
            return (new JsonObject { ["id"] = id }, null);
        }
        var what = field.Type switch
        {
            FieldType.Member or FieldType.Members => "user",
            FieldType.Department or FieldType.Departments => "department",
            _ => $"record of form '{field.Link!.Form}' with {field.Link.DisplayField}",
        };
        return (null, lookups.IsAmbiguous(field, text) ? $"Several {what}s are named '{text}'; use its id." : $"No {what} '{text}' is known.");
    }

    private (JsonNode? Value, string? Error) References(FieldDefinition field, string text)
    {
        var items = new JsonArray();
        foreach (var part in Split(text))
        {
            var (value, error) = Reference(field, part);
            if (error is not null)
            {
                return (null, error);
            }
            items.Add(value);
        }
        return (items, null);
    }

    private static string[] Split(string text) =>
        text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Excel's serial dates: day 1 is 1900-01-01; 2958465 is 9999-12-31.
    private static bool IsSerial(double value) => value is >= 1 and <= 2958465;
}
