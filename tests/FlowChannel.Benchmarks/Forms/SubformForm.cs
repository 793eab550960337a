namespace FlowChannel.Benchmarks.Forms;

/// <summary>
/// The design target's form: <see cref="SyntheticForm"/>'s 60 fields plus a 50-row order-lines subform (product,
/// quantity, unit price, and a row formula for the amount), a total over the column, a visibility rule and a
/// custom check, and one valid submission of it.
/// </summary>
public static class SubformForm
{
    public const int RowCount = 50;

    private const string Extra = """
        {"key": "lines", "type": "subform", "label": {"zh-CN": "明细", "en": "Lines"}, "minRows": 1, "maxRows": 500,
         "fields": [
           {"key": "product", "type": "text", "label": "Product", "required": true, "maxLength": 100},
           {"key": "quantity", "type": "number", "label": "Quantity", "required": true, "precision": 0, "min": 1},
           {"key": "unitPrice", "type": "money", "label": "Unit price", "required": true, "min": 0, "precision": 2},
           {"key": "amount", "type": "formula", "label": "Amount", "resultType": "money", "formula": "row.quantity * row.unitPrice"}
         ]},
        {"key": "total", "type": "formula", "label": "Total", "resultType": "money", "formula": "SUM(lines.amount)"},
        {"key": "note", "type": "textarea", "label": "Note", "visibleWhen": "number01 > 10",
         "validations": [{"formula": "LEN(note) < 500", "message": "Too long"}]}
        """;

    public static string SchemaJson { get; } = SyntheticForm.SchemaJson.Replace(
        "\"fields\": [", "\"fields\": [" + Extra + ",", StringComparison.Ordinal).Replace("benchmark-60", "benchmark-subform", StringComparison.Ordinal);

    public static string SubmissionJson { get; } = BuildSubmission();

    private static string BuildSubmission()
    {
        var data = JsonNode.Parse(SyntheticForm.SubmissionJson)!.AsObject();
        var rows = new JsonArray();
        for (var i = 0; i < RowCount; i++)
        {
            rows.Add(new JsonObject { ["product"] = $"产品 {i}", ["quantity"] = i + 1, ["unitPrice"] = 19.99m + i });
        }

        data["lines"] = rows;
        data["note"] = "季度补货";
        return data.ToJsonString();
    }
}
