using FlowChannel.Expressions;
using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Validation;

/// <summary>
/// Computes the formulas of a record on the server from the already normalized data: formula fields in the schema's
/// <see cref="FormSchema.FormulaOrder"/>, their results normalized to each field's result type and written into the
/// data; and rules, checks and defaults for <see cref="RuleChecks"/>.
/// </summary>
internal static class FormulaFields
{
    private const int DefaultMoneyPrecision = 2;

    // Thread-safe and pooled: one for every validation, so no engine or compilation is paid per call.
    private static readonly FormulaEvaluator Evaluator = new();

    /// <summary>
    /// Computes every formula field in <see cref="FormSchema.FormulaOrder"/>: a form field once, a subform column once
    /// per row. A formula reading a value that failed is not computed, and counts as failed itself.
    /// </summary>
    internal static void Compute(RecordCheck check)
    {
        var order = check.Schema.FormulaOrderArray;
        if (order.Length == 0)
        {
            return;
        }

        var data = check.Data;
        var scope = new FormulaScope(data);
        foreach (var field in order)
        {
            if (field.SubformKey is not { } subformKey)
            {
                ComputeOne(check, field, scope, data, null, 0);
                continue;
            }

            if (data[subformKey] is not JsonArray rows)
            {
                continue;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is JsonObject row && !check.IsBrokenRow(subformKey, i))
                {
                    ComputeOne(check, field, scope with { Row = row }, row, subformKey, i);
                }
            }
        }
    }

    /// <summary>Evaluates a formula of the form for a record: a rule, check or default. Null when it failed or gave nothing.</summary>
    internal static JsonNode? Evaluate(FieldFormula formula, FormulaScope scope, out string? error)
    {
        error = null;
        try
        {
            return Evaluator.Evaluate(formula.Compiled, scope);
        }
        catch (ExpressionException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>JavaScript's truthiness, which rule authors expect: true, a non-zero number, a non-empty text or list.</summary>
    internal static bool IsTrue(JsonNode? value) => value switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject => true,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => value.GetValue<double>() is var d && d != 0 && !double.IsNaN(d),
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            _ => false,
        },
    };

    // The row's path is only spelled out when something fails: building it for every row would cost more than the formula.
    private static void ComputeOne(RecordCheck check, FieldDefinition field, FormulaScope scope, JsonObject target, string? subformKey, int row)
    {
        var formula = field.Formula!;
        string Path() => RecordCheck.PathOf(subformKey is null ? null : RecordCheck.RowPrefix(subformKey, row), field.Key);

        // The formula's slot keeps its place among the fields when it gets a value, and goes when it gets none.
        if (check.AnyFailed && check.HasFailed(Path()))
        {
            // Computed again after the rules took values away: what failed before is decided afresh.
            check.Forget(Path());
            check.Sink.DiscardUnder([Path()]);
        }

        if (check.AnyFailed && ReadsFailedValue(check, formula, subformKey is null ? null : RecordCheck.RowPrefix(subformKey, row)))
        {
            target.Remove(field.Key);
            check.Fail(Path());
            return;
        }

        // The everyday money formula (row.qty * row.price) is a decimal from start to end, with no JSON node between.
        if (formula.ResultType is FormulaResultType.Number or FormulaResultType.Money
            && FormulaEvaluator.TryEvaluateNumber(formula.Compiled, scope, out var exact))
        {
            target[field.Key] = Number(field, formula.ResultType, exact);
            return;
        }

        var sink = check.Sink;
        var value = Evaluate(formula, scope, out var error);
        if (error is not null)
        {
            target.Remove(field.Key);
            sink.Add(Path(), FieldErrorCodes.Formula, field.Label.Resolve(sink.Culture), ValidationText.FormulaFailed(sink.Chinese, error));
            check.Fail(Path());
            return;
        }

        if (value is null || (value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0))
        {
            target.Remove(field.Key);
            return;
        }

        if (Normalize(field, formula.ResultType, value) is { } normalized)
        {
            target[field.Key] = normalized;
        }
        else
        {
            target.Remove(field.Key);
            sink.Add(Path(), FieldErrorCodes.Formula, field.Label.Resolve(sink.Culture),
                ValidationText.FormulaResult(sink.Chinese, formula.ResultType, value.ToJsonString()));
            check.Fail(Path());
        }
    }

    private static bool ReadsFailedValue(RecordCheck check, FieldFormula formula, string? rowPrefix)
    {
        foreach (var key in formula.Dependencies)
        {
            if (check.HasFailed(key))
            {
                return true;
            }
        }

        if (rowPrefix is not null)
        {
            foreach (var column in formula.RowDependencies)
            {
                if (check.HasFailed(rowPrefix + column))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Rounded to the field's precision (cents for money) and stored in one spelling: 12.50 and 12.5 are one amount.
    private static JsonValue Number(FieldDefinition field, FormulaResultType type, decimal number)
    {
        var precision = field.Precision ?? (type == FormulaResultType.Money ? DefaultMoneyPrecision : null);
        if (precision is { } places && number.Scale > places)
        {
            number = decimal.Round(number, places, MidpointRounding.AwayFromZero);
        }

        return JsonValue.Create(DecimalDigits.WithoutTrailingZeros(number));
    }

    internal static JsonValue? Normalize(FieldDefinition field, FormulaResultType type, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (type)
        {
            case FormulaResultType.Number or FormulaResultType.Money:
                // The decimal path's results convert directly; JavaScript's doubles are read from their JSON text.
                if (kind != JsonValueKind.Number)
                {
                    return null;
                }

                var exact = value.AsValue().TryGetValue(out decimal number);
                if (!exact && !decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                {
                    return null;
                }

                return Number(field, type, number);

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
