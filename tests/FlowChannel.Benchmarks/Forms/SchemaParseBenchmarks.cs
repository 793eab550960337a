using FlowChannel.Forms.Schema;
using FlowChannel.TestSupport;

namespace FlowChannel.Benchmarks.Forms;

/// <summary>
/// <see cref="FormSchemaParser.Parse"/> from JSON text to a checked schema, as a form import or a cache miss pays it.
/// design.md sets no target; the figure is for comparison between runs.
/// </summary>
[MemoryDiagnoser]
public class SchemaParseBenchmarks
{
    private string _partnerApplication = "";
    private string _sixtyFields = "";

    [GlobalSetup]
    public void Setup()
    {
        _partnerApplication = File.ReadAllText(RepositoryPaths.Combine("form-schemas", "partner-application.form.json"));
        _sixtyFields = SyntheticForm.SchemaJson;
        _ = RecordValidationBenchmarks.Parse(_partnerApplication);
        _ = RecordValidationBenchmarks.Parse(_sixtyFields);
    }

    [Benchmark]
    public FormSchemaParseResult ParsePartnerApplication() => FormSchemaParser.Parse(_partnerApplication);

    [Benchmark]
    public FormSchemaParseResult Parse60Fields() => FormSchemaParser.Parse(_sixtyFields);
}
