using FlowChannel.Forms.Calculation;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Benchmarks.Forms;

/// <summary>
/// The form-language targets (issue 3): check and compute one submission of a 60-field form with a 50-row subform
/// (target median ≤ 100 µs), recompute after one cell changes (only that row's amount and the total), and load and
/// compile that schema.
/// </summary>
[MemoryDiagnoser]
public class SubformBenchmarks
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly string _schemaJson = SubformForm.SchemaJson;
    private FormSchema _schema = null!;
    private JsonObject _input = null!;
    private JsonObject _record = null!;
    private FormCalculator _calculator = null!;
    private int _row;

    [GlobalSetup]
    public void Setup()
    {
        _schema = RecordValidationBenchmarks.Parse(SubformForm.SchemaJson);
        _input = JsonNode.Parse(SubformForm.SubmissionJson)!.AsObject();
        var result = Validate60FieldsWith50Rows();
        if (!result.IsValid || result.Data["lines"]!.AsArray().Count != SubformForm.RowCount || result.Data["total"] is null)
        {
            throw new InvalidOperationException("The benchmark submission should be valid: " + string.Join("; ", result.Errors));
        }

        _record = result.Data;
        _calculator = new FormCalculator(_schema);
        SteadyState.Reach(() => Validate60FieldsWith50Rows());
    }

    [Benchmark]
    public RecordValidationResult Validate60FieldsWith50Rows() =>
        RecordValidator.Validate(_schema, _input, RecordWriteMode.Client, English);

    /// <summary>A person types a new quantity in one row: that row's amount and the total are computed again.</summary>
    [Benchmark]
    public IReadOnlyList<FieldDefinition> RecomputeAfterOneCellChange()
    {
        _row = (_row + 1) % SubformForm.RowCount;
        var row = _record["lines"]![_row]!.AsObject();
        row["quantity"] = _row + 2;
        return _calculator.Recompute(_record, "lines.quantity", _row);
    }

    [Benchmark]
    public FormSchemaParseResult ParseSubformForm() => FormSchemaParser.Parse(_schemaJson);
}
