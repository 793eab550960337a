using System.Globalization;
using System.Text.Json;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Persistence.FieldValues;

/// <summary>
/// Computes the <see cref="RecordFieldValue"/> rows of one record from its JSON, by the shape of each value (no schema
/// needed, so the context and bulk writers such as imports can call it alike): strings become text (and a date when
/// they are an ISO date or date-time), numbers and booleans numbers, <c>{ "id", "name" }</c> references their name
/// (and the linked record's id), addresses and locations their readable text, arrays one row per item, and a subform
/// (an array of row objects) one row per cell under <c>subform.column</c>.
/// </summary>
public static class RecordFieldValueRows
{
    /// <summary>Longest text kept per value: long enough for names, options and short texts, short enough for every engine's index key.</summary>
    public const int MaxTextLength = 400;

    /// <summary>Longest field key (a subform column's key is <c>subform.column</c>).</summary>
    public const int MaxKeyLength = 130;

    private static readonly string[] AddressParts = ["provinceName", "cityName", "districtName", "detail"];

    /// <summary>The rows that represent <paramref name="dataJson"/> (a record's data object) for the record.</summary>
    public static List<RecordFieldValue> For(Guid recordId, string formId, string dataJson)
    {
        var rows = new List<RecordFieldValue>();
        using var document = JsonDocument.Parse(dataJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return rows;
        }
        var builder = new Builder(recordId, formId, rows);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name.Length <= 64)
            {
                builder.Field(property.Name, property.Value, topLevel: true);
            }
        }
        return rows;
    }

    /// <summary>Whether two rows for the same record, field and position hold the same values.</summary>
    public static bool SameValues(RecordFieldValue a, RecordFieldValue b) =>
        a.Text == b.Text && a.Number == b.Number && a.Date == b.Date && a.LinkedRecordId == b.LinkedRecordId;

    private sealed class Builder(Guid recordId, string formId, List<RecordFieldValue> rows)
    {
        private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

        public void Field(string key, JsonElement value, bool topLevel)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Scalar(key, value);
                return;
            }
            foreach (var item in value.EnumerateArray())
            {
                if (topLevel && item.ValueKind == JsonValueKind.Object && !item.TryGetProperty("id", out _))
                {
                    // A subform row: each cell is a value of the column; nested arrays inside cells are multi-valued cells.
                    foreach (var cell in item.EnumerateObject())
                    {
                        var cellKey = key + "." + cell.Name;
                        if (cellKey.Length <= MaxKeyLength)
                        {
                            Field(cellKey, cell.Value, topLevel: false);
                        }
                    }
                }
                else if (item.ValueKind != JsonValueKind.Array)
                {
                    Scalar(key, item);
                }
            }
        }

        private void Scalar(string key, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    var text = value.GetString()!;
                    Add(key, Clip(text), null, AsDate(text), null);
                    break;
                case JsonValueKind.Number:
                    Add(key, null, value.GetDouble(), null, null);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    Add(key, null, value.ValueKind == JsonValueKind.True ? 1 : 0, null, null);
                    break;
                case JsonValueKind.Object:
                    Object(key, value);
                    break;
            }
        }

        private void Object(string key, JsonElement value)
        {
            if (value.TryGetProperty("id", out var id))
            {
                var name = value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                Guid? linked = id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var guid) ? guid : null;
                Add(key, name is null ? null : Clip(name), null, null, linked);
                return;
            }
            if (value.TryGetProperty("lat", out _) && value.TryGetProperty("address", out var address) && address.ValueKind == JsonValueKind.String)
            {
                Add(key, Clip(address.GetString()!), null, null, null);
                return;
            }
            var parts = AddressParts.Select(p => value.TryGetProperty(p, out var part) && part.ValueKind == JsonValueKind.String ? part.GetString() : null)
                .Where(p => !string.IsNullOrEmpty(p)).ToList();
            if (parts.Count > 0)
            {
                Add(key, Clip(string.Join(" ", parts)), null, null, null);
            }
        }

        private void Add(string key, string? text, double? number, DateTime? date, Guid? linked)
        {
            var ordinal = _ordinals.TryGetValue(key, out var next) ? next : 0;
            _ordinals[key] = ordinal + 1;
            rows.Add(new RecordFieldValue
            {
                RecordId = recordId, FormId = formId, FieldKey = key, Ordinal = ordinal,
                Text = text, Number = number, Date = date, LinkedRecordId = linked,
            });
        }
    }

    private static string Clip(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    /// <summary>An ISO date (<c>2026-11-24</c>, midnight UTC) or date-time with a zone (<c>2026-11-24T08:30:00Z</c>, to UTC); otherwise null.</summary>
    internal static DateTime? AsDate(string text)
    {
        if (text.Length < 10 || text[4] != '-' || text[7] != '-' || !char.IsAsciiDigit(text[0]))
        {
            return null;
        }
        if (text.Length == 10)
        {
            return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day)
                ? DateTime.SpecifyKind(day, DateTimeKind.Utc) : null;
        }
        return text[10] is 'T' or ' '
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment)
            ? DateTime.SpecifyKind(moment, DateTimeKind.Utc) : null;
    }
}
