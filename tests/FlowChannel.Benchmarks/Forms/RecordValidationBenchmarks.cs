using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.TestSupport;

namespace FlowChannel.Benchmarks.Forms;

/// <summary>
/// Server-side check of one submission, as every record write runs it: <see cref="RecordValidator.Validate"/> on a
/// parsed schema and an already-parsed JSON body. Target: median ≤ 100 µs (design.md; the target's 50-row subform,
/// formulas and rules come with issue 3 and are not measured yet).
/// </summary>
[MemoryDiagnoser]
public class RecordValidationBenchmarks
{
    /// <summary>A complete partner application, including the office address.</summary>
    public const string PartnerApplicationSubmission = """
        {
          "companyName": " 深圳市星河科技有限公司 ",
          "creditCode": "91440300MA5G0XYW1K",
          "partnerType": "integrator",
          "province": "guangdong",
          "city": "深圳",
          "officeAddress": {"province": "440000", "city": "440300", "district": "440305", "street": "科技园南区 88 号"},
          "industries": ["manufacturing", "energy"],
          "annualRevenue": "12500000.00",
          "teamSize": 85,
          "contactName": "李娜",
          "contactPhone": "13800138000",
          "contactEmail": "li.na@xinghe.example.cn",
          "qualifications": [{"id": "att-1", "name": "营业执照.pdf", "size": 204800, "contentType": "application/pdf"}],
          "strategicFit": 4, "operatingCapability": 3, "resourceComplementarity": 5, "creditCompliance": 4, "growthPotential": 3
        }
        """;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private FormSchema _sixtyFields = null!;
    private JsonObject _sixtyFieldsInput = null!;
    private FormSchema _partnerApplication = null!;
    private JsonObject _partnerApplicationInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sixtyFields = Parse(SyntheticForm.SchemaJson);
        _sixtyFieldsInput = JsonNode.Parse(SyntheticForm.SubmissionJson)!.AsObject();
        _partnerApplication = Parse(File.ReadAllText(RepositoryPaths.Combine("form-schemas", "partner-application.form.json")));
        _partnerApplicationInput = JsonNode.Parse(PartnerApplicationSubmission)!.AsObject();

        // A benchmark of the error path would measure something else: both submissions must be valid.
        EnsureValid(Validate60Fields(), SyntheticForm.FieldCount);
        EnsureValid(ValidatePartnerApplication(), 19);
        SteadyState.Reach(() =>
        {
            Validate60Fields();
            ValidatePartnerApplication();
        });
    }

    [Benchmark]
    public RecordValidationResult Validate60Fields() =>
        RecordValidator.Validate(_sixtyFields, _sixtyFieldsInput, RecordWriteMode.Client, English);

    [Benchmark]
    public RecordValidationResult ValidatePartnerApplication() =>
        RecordValidator.Validate(_partnerApplication, _partnerApplicationInput, RecordWriteMode.Client, English);

    internal static FormSchema Parse(string json)
    {
        var result = FormSchemaParser.Parse(json);
        return result.IsValid
            ? result.Schema!
            : throw new InvalidOperationException("Schema errors: " + string.Join("; ", result.Errors));
    }

    private static void EnsureValid(RecordValidationResult result, int expectedValues)
    {
        if (!result.IsValid || result.Data.Count != expectedValues)
        {
            throw new InvalidOperationException(
                $"The benchmark submission should be valid with {expectedValues} values, got {result.Data.Count}: {string.Join("; ", result.Errors)}");
        }
    }
}
