using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowChannel.Expressions.Formulas;

/// <summary>
/// A value inside <see cref="DecimalFormula"/>: empty, an exact decimal number, true/false, text or a list (a
/// subform column). <see cref="Unsupported"/> means "this evaluation needs the JavaScript engine": a mix of types
/// whose JavaScript coercion the fast path does not reproduce, a division by zero, an overflow.
/// </summary>
internal readonly struct DecimalValue
{
    private DecimalValue(DecimalValueKind kind, decimal number = 0, object? reference = null)
    {
        Kind = kind;
        Number = number;
        Reference = reference;
    }

    public static DecimalValue Null { get; } = new(DecimalValueKind.Null);

    public static DecimalValue Unsupported { get; } = new(DecimalValueKind.Unsupported);

    public static DecimalValue True { get; } = new(DecimalValueKind.Boolean, 1);

    public static DecimalValue False { get; } = new(DecimalValueKind.Boolean, 0);

    public DecimalValueKind Kind { get; }

    public decimal Number { get; }

    public object? Reference { get; }

    public bool IsUnsupported => Kind == DecimalValueKind.Unsupported;

    public string Text => (string)Reference!;

    public List<DecimalValue> Items => (List<DecimalValue>)Reference!;

    public static DecimalValue Of(decimal number) => new(DecimalValueKind.Number, number);

    public static DecimalValue Of(bool value) => value ? True : False;

    public static DecimalValue Of(string text) => new(DecimalValueKind.Text, 0, text);

    public static DecimalValue Of(List<DecimalValue> items) => new(DecimalValueKind.List, 0, items);

    /// <summary>JavaScript truthiness (the operators <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and <c>?:</c> use it).</summary>
    public bool IsTruthy => Kind switch
    {
        DecimalValueKind.Number or DecimalValueKind.Boolean => Number != 0,
        DecimalValueKind.Text => Text.Length > 0,
        DecimalValueKind.List => true,
        _ => false,
    };

    /// <summary>The number JavaScript arithmetic would use for empty, numbers and booleans; false for text and lists.</summary>
    public bool TryArithmetic(out decimal number)
    {
        number = Number;
        return Kind is DecimalValueKind.Null or DecimalValueKind.Number or DecimalValueKind.Boolean;
    }

    public static DecimalValue FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return Null;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.Number:
                        // Beyond ±7.9e28 the JavaScript side treats a value as no number at all (FormulaValues.TryNumber).
                        return TryDecimal(value, out var number) && Math.Abs(number) < 7.9e28m ? Of(number) : Unsupported;
                    case JsonValueKind.String:
                        return Of(value.GetValue<string>());
                    case JsonValueKind.True:
                        return True;
                    case JsonValueKind.False:
                        return False;
                    default:
                        return Null;
                }

            default:
                return Unsupported;
        }
    }

    public JsonNode? ToJson() => Kind switch
    {
        // 12.50 and 12.5 are one amount: the trailing zeros of a decimal product are not kept.
        DecimalValueKind.Number => JsonValue.Create(DecimalDigits.WithoutTrailingZeros(Number)),
        DecimalValueKind.Boolean => JsonValue.Create(Number != 0),
        DecimalValueKind.Text => JsonValue.Create(Text),
        _ => null,
    };

    // Parsed JSON converts to decimal directly; values built in code hold their CLR type (int, double…), read as text.
    // A number too small for decimal reads as 0, which it is not: such a value is left to JavaScript.
    private static bool TryDecimal(JsonValue value, out decimal number) =>
        (value.TryGetValue(out number)
            || decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number))
        && (number != 0 || (double.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && d == 0));
}

internal enum DecimalValueKind
{
    Null,
    Number,
    Boolean,
    Text,
    List,
    Unsupported,
}
