using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Subform values: arrays of row objects, each row checked column by column like a small record (errors at
/// <c>lines[2].qty</c>). Every row is kept in the order sent, so a path names the row the person sees.
/// </summary>
internal static class SubformValues
{
    internal static JsonArray? Normalize(RecordCheck check, FieldDefinition subform, JsonNode value)
    {
        var sink = check.Sink;
        if (value is not JsonArray rows)
        {
            sink.Add(subform, subform.Key, FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, subform.Type));
            return null;
        }

        var limit = Math.Min(subform.MaxRows ?? SubformLimits.MaxRows, SubformLimits.MaxRows);
        if (rows.Count > limit)
        {
            // Checking ten thousand rows to then refuse them all would only cost time.
            sink.Add(subform, subform.Key, FieldErrorCodes.MaxRows, ValidationText.MaxRows(sink.Chinese, limit));
            return null;
        }

        var result = new JsonNode?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonObject row)
            {
                // An empty stand-in keeps the rows after it at their index, so every later path names the row sent.
                sink.Add(subform, ErrorSink.ItemPath(subform.Key, i), FieldErrorCodes.Type, ValidationText.Type(sink.Chinese, subform.Type));
                result[i] = new JsonObject();
                check.Fail(ErrorSink.ItemPath(subform.Key, i));
                continue;
            }

            var outer = sink.EnterRow(subform.Key, i);
            result[i] = InputFields.Take(check, subform.SubFieldArray, row, inRow: true);
            sink.LeaveRow(outer);
        }

        if (result.Length < subform.MinRows)
        {
            sink.Add(subform, subform.Key, FieldErrorCodes.MinRows, ValidationText.MinRows(sink.Chinese, subform.MinRows.Value));
        }

        // Rows with a bad cell are kept without that cell, so the rest of the row still computes for display.
        return new JsonArray(result);
    }
}
