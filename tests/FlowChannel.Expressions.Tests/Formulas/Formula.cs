using System.Text.Encodings.Web;
using System.Text.Json;
using FlowChannel.Expressions.Formulas;

namespace FlowChannel.Expressions.Tests.Formulas;

/// <summary>Evaluates formulas against a small order form: header fields, a subform of lines, and a current row.</summary>
internal static class Formula
{
    public static readonly FormulaEvaluator Evaluator = new();

    public static readonly DateTimeOffset FixedNow = new(2024, 3, 15, 23, 30, 5, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FormulaScope Scope(JsonObject? fields = null, JsonObject? row = null) =>
        new(fields ?? Order(), row ?? new JsonObject { ["qty"] = 3, ["price"] = 1.1, ["name"] = "pen" }) { Now = FixedNow };

    public static JsonObject Order() => new()
    {
        ["price"] = 19.99,
        ["quantity"] = 3,
        ["customer"] = "  Ada   Lovelace ",
        ["empty"] = "",
        ["nothing"] = null,
        ["signed"] = "2024-02-29",
        ["due"] = "2024-12-25",
        ["tags"] = new JsonArray("urgent", "vip"),
        ["lines"] = new JsonArray(
            new JsonObject { ["sku"] = "A-1", ["qty"] = 2, ["amount"] = 0.1 },
            new JsonObject { ["sku"] = "B-2", ["qty"] = 5, ["amount"] = 0.2 },
            new JsonObject { ["sku"] = "C-3", ["qty"] = null, ["amount"] = "" }),
    };

    /// <summary>The formula's result as JSON text ("null" for empty), which tells 3 from "3" and 0.3 from 0.30000000000000004.</summary>
    public static string Eval(string text, JsonObject? fields = null, JsonObject? row = null) =>
        AsJson(Evaluator.Evaluate(text, Scope(fields, row)));

    public static string AsJson(JsonNode? node) => node?.ToJsonString(Readable) ?? "null";

    public static ExpressionException Fails(string text, JsonObject? fields = null) =>
        Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(text, Scope(fields)));
}
