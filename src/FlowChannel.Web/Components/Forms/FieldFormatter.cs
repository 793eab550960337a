using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Forms.Schema;
using FlowChannel.Web.Localization;

namespace FlowChannel.Web.Components.Forms;

/// <summary>Shows a stored field value the way a person reads it: option labels, units, thousands separators.</summary>
public static class FieldFormatter
{
    private static readonly string[] AddressParts = ["provinceName", "cityName", "districtName", "detail"];

    public static string Format(FieldDefinition field, JsonNode? value, CultureInfo culture)
    {
        if (value is null)
        {
            return "";
        }
        return field.Type switch
        {
            FieldType.Select or FieldType.Radio => OptionLabel(field, value.ToString(), culture),
            FieldType.MultiSelect or FieldType.Checkbox when value is JsonArray items =>
                string.Join(", ", items.Select(i => OptionLabel(field, i?.ToString() ?? "", culture))),
            FieldType.Member or FieldType.Department or FieldType.Link when value is JsonObject reference => Name(reference),
            FieldType.Members or FieldType.Departments when value is JsonArray references =>
                string.Join(", ", references.OfType<JsonObject>().Select(Name)),
            FieldType.Location when value is JsonObject point => point["address"] is { } place
                ? $"{place} ({point["lat"]}, {point["lng"]})"
                : $"{point["lat"]}, {point["lng"]}",
            FieldType.Signature when value is JsonObject file => file["name"]?.ToString() ?? "",
            FieldType.Subform when value is JsonArray rows => string.Format(culture, UiText.Get("RowCount", culture), rows.Count),
            FieldType.Attachment or FieldType.Image when value is JsonArray files => string.Format(culture, UiText.Get("Files", culture), files.Count)
                + ": " + string.Join(", ", files.Select(f => f?["name"]?.ToString())),
            FieldType.Address when value is JsonObject address => string.Join(" ",
                AddressParts.Select(k => address[k]?.ToString()).Where(s => !string.IsNullOrEmpty(s))),
            FieldType.Formula when field.Formula?.ResultType is FormulaResultType.Money => Number(value, field.Precision ?? 2, culture),
            FieldType.Formula when field.Formula?.ResultType is FormulaResultType.Number && field.Precision is { } digits => Number(value, digits, culture),
            FieldType.Formula when field.Formula?.ResultType is FormulaResultType.Boolean =>
                UiText.Get(value.GetValueKind() == JsonValueKind.True ? "Yes" : "No", culture),
            FieldType.Switch => UiText.Get(value.GetValueKind() == JsonValueKind.True ? "Yes" : "No", culture),
            FieldType.Rating => $"{value} / {(int)(field.Max ?? 5)}",
            FieldType.Money => (field.Currency ?? "") + " " + Number(value, field.Precision ?? 2, culture),
            FieldType.Number or FieldType.Percent => Number(value, field.Precision ?? 0, culture)
                + (field.Type == FieldType.Percent ? "%" : field.UnitText is null ? "" : " " + field.UnitText.Resolve(culture)),
            _ => value.ToString(),
        };
    }

    private static string Name(JsonObject reference) => reference["name"]?.ToString() ?? reference["id"]?.ToString() ?? "";

    public static string OptionLabel(FieldDefinition field, string value, CultureInfo culture) =>
        field.Options.FirstOrDefault(o => o.Value == value)?.Label.Resolve(culture) ?? value;

    private static string Number(JsonNode value, int precision, CultureInfo culture) =>
        value is JsonValue v && v.TryGetValue<decimal>(out var d) ? d.ToString("N" + precision, culture) : value.ToString();
}
