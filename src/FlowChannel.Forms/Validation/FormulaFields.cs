using FlowChannel.Expressions;
using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Computes the formula fields of a record on the server, in the schema's <see cref="FormSchema.FormulaOrder"/>, from
/// the already normalized data; the results are normalized to each field's result type and written into the data.
/// </summary>
internal static class FormulaFields
{
    private const int DefaultMoneyPrecision = 2;

    // Thread-safe and pooled: one for every validation, so no engine or compilation is paid per call.
    private static readonly FormulaEvaluator Evaluator = new();

    /// <param name="data">The normalized record; formula values are added to it.</param>
    /// <param name="failedKeys">Fields whose value was rejected: a formula reading one is not computed (nor any formula reading that one).</param>
    /// <param name="sink">Collects formula errors.</param>
    /// <param name="order">The formula fields, dependencies first.</param>
    internal static void Compute(FieldDefinition[] order, JsonObject data, HashSet<string>? failedKeys, ErrorSink sink)
    {
        if (order.Length == 0)
        {
            return;
        }

        var scope = new FormulaScope(data);
        foreach (var field in order)
        {
            var formula = field.Formula!;
            if (failedKeys is not null && formula.Dependencies.Any(failedKeys.Contains))
            {
                failedKeys.Add(field.Key);
                continue;
            }

            JsonNode? value;
            try
            {
                value = Evaluator.Evaluate(formula.Compiled, scope);
            }
            catch (ExpressionException e)
            {
                sink.Add(field, field.Key, FieldErrorCodes.Formula, ValidationText.FormulaFailed(sink.Chinese, e.Message));
                (failedKeys ??= new(StringComparer.Ordinal)).Add(field.Key);
                continue;
            }

            if (value is null || (value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0))
            {
                continue;
            }

            if (Normalize(field, formula.ResultType, value) is { } normalized)
            {
                data[field.Key] = normalized;
            }
            else
            {
                sink.Add(field, field.Key, FieldErrorCodes.Formula, ValidationText.FormulaResult(sink.Chinese, formula.ResultType, value.ToJsonString()));
                (failedKeys ??= new(StringComparer.Ordinal)).Add(field.Key);
            }
        }
    }

    private static JsonValue? Normalize(FieldDefinition field, FormulaResultType type, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (type)
        {
            case FormulaResultType.Number or FormulaResultType.Money:
                if (kind != JsonValueKind.Number
                    || !decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return null;
                }

                var precision = field.Precision ?? (type == FormulaResultType.Money ? DefaultMoneyPrecision : null);
                if (precision is { } places)
                {
                    number = decimal.Round(number, places, MidpointRounding.AwayFromZero);
                }

                // 12.50 and 12.5 are one amount: stored in one spelling, like NumberValues does.
                return JsonValue.Create(number / 1.0000000000000000000000000000m);

            case FormulaResultType.Text:
                return kind switch
                {
                    JsonValueKind.String => JsonValue.Create(value.GetValue<string>()),
                    JsonValueKind.Number => JsonValue.Create(value.ToJsonString()),
                    JsonValueKind.True => JsonValue.Create("TRUE"),
                    JsonValueKind.False => JsonValue.Create("FALSE"),
                    _ => null,
                };

            case FormulaResultType.Date:
                if (kind != JsonValueKind.String)
                {
                    return null;
                }

                // DATE() gives yyyy-MM-dd; NOW() and DATEADD on a date-time give an ISO date-time, whose date part is kept
                // as written (the formula already worked in the form's time zone).
                var text = value.GetValue<string>();
                return text.Length >= 10 && (text.Length == 10 || text[10] is 'T' or ' ')
                    && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : null;

            default:
                return kind switch
                {
                    JsonValueKind.True => JsonValue.Create(true),
                    JsonValueKind.False => JsonValue.Create(false),
                    _ => null,
                };
        }
    }
}
