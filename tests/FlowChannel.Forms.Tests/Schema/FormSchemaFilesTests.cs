namespace FlowChannel.Forms.Tests.Schema;

/// <summary>The form files the web app ships must parse cleanly, and keep the keys workflows and the UI rely on.</summary>
public class FormSchemaFilesTests
{
    public static TheoryData<string> FormFiles() => new(FormFileNames());

    private static IEnumerable<string> FormFileNames() =>
        Directory.EnumerateFiles(RepositoryFiles.FormSchemas, "*.form.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    internal static FormSchema Load(string fileName)
    {
        var result = FormSchemaParser.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.FormSchemas, fileName)));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Schema;
    }

    [Theory]
    [MemberData(nameof(FormFiles))]
    public void Every_form_file_parses_without_errors(string fileName)
    {
        var schema = Load(fileName);

        Assert.Equal(fileName, schema.Id + ".form.json");
    }

    [Fact]
    public void The_pack_ships_the_partner_forms() =>
        Assert.Subset(FormFileNames().ToHashSet(), new HashSet<string> { "partner-application.form.json", "partner-profile.form.json" });

    [Fact]
    public void Partner_application_has_the_agreed_fields_in_order()
    {
        var schema = Load("partner-application.form.json");

        Assert.Equal(
            ["applicationNo", "companyName", "creditCode", "partnerType", "province", "city", "officeAddress", "industries", "annualRevenue", "teamSize",
             "contactSection", "contactName", "contactPhone", "contactEmail", "qualifications", "assessmentSection",
             "strategicFit", "operatingCapability", "resourceComplementarity", "creditCompliance", "growthPotential", "assessmentAverage"],
            schema.Fields.Select(f => f.Key));
        Assert.Equal(34, schema.FindField("province")!.Options.Count);
        Assert.All(schema.Fields.Where(f => f.Type == FieldType.Rating), f => Assert.Equal((true, 5m), (f.Required, f.Max)));
        Assert.False(schema.FindField("qualifications")!.Required);
    }

    [Fact]
    public void Partner_profile_has_the_agreed_fields_and_read_only_workflow_fields()
    {
        var schema = Load("partner-profile.form.json");

        Assert.Equal(
            ["companyName", "creditCode", "partnerType", "province", "city", "industries", "tier", "status", "screeningScore",
             "owner", "contactName", "contactPhone", "contactEmail", "creditLimit", "paymentTermDays", "applicationRecordId",
             "approvalComment"],
            schema.Fields.Select(f => f.Key));
        Assert.Equal(["screeningScore", "applicationRecordId", "approvalComment"], schema.Fields.Where(f => f.ReadOnly).Select(f => f.Key));
        Assert.Equal(
            ["prospect", "inReview", "active", "probation", "suspended", "ended"],
            schema.FindField("status")!.Options.Select(o => o.Value));
    }

    [Fact]
    public void Every_label_is_bilingual()
    {
        foreach (var fileName in FormFileNames())
        {
            var schema = Load(fileName);
            var texts = schema.Fields.SelectMany(f => new[] { f.Label, f.Help }.Concat(f.Options.Select(o => o.Label)))
                .Append(schema.Title)
                .OfType<LocalizedText>();

            Assert.All(texts, t => Assert.True(t.Values.ContainsKey("zh-CN") && t.Values.ContainsKey("en"), string.Join("/", t.Values.Values)));
        }
    }
}
