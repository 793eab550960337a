using FlowChannel.Forms.Tests.Schema;

namespace FlowChannel.Forms.Tests.Validation;

/// <summary>The shipped partner-application form, validated the way the submission endpoint will use it.</summary>
public class PartnerApplicationValidationTests
{
    private static readonly FormSchema Schema = FormSchemaFilesTests.Load("partner-application.form.json");

    private const string Application = """
        {
          "companyName": " 深圳市星河科技有限公司 ",
          "creditCode": "91440300MA5G0XYW1K",
          "partnerType": "integrator",
          "province": "guangdong",
          "city": "深圳",
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

    [Fact]
    public void A_complete_application_is_valid_and_normalized()
    {
        var data = TestForms.AssertValid(Schema, Application).Data;

        Assert.Equal("深圳市星河科技有限公司", data["companyName"]!.GetValue<string>());
        Assert.Equal(12500000m, data["annualRevenue"]!.GetValue<decimal>());
        Assert.Equal(3.8m, data["assessmentAverage"]!.GetValue<decimal>());
        Assert.Equal(18, data.Count);
    }

    [Theory]
    [InlineData("creditCode", "\"91440300MA5G0XYW1I\"", "pattern")]
    [InlineData("province", "\"canton\"", "option")]
    [InlineData("teamSize", "0", "min")]
    [InlineData("annualRevenue", "-1", "min")]
    [InlineData("creditCompliance", "6", "max")]
    [InlineData("contactPhone", "\"12345\"", "phone")]
    public void Broken_values_are_rejected_with_the_expected_code(string key, string value, string code)
    {
        var input = JsonNode.Parse(Application)!.AsObject();
        input[key] = JsonNode.Parse(value);

        var error = TestForms.SingleError(RecordValidator.Validate(Schema, input, culture: CultureInfo.InvariantCulture));

        Assert.Equal((key, code), (error.Path, error.Code));
    }

    [Fact]
    public void A_short_credit_code_reports_both_its_length_and_its_pattern()
    {
        var input = JsonNode.Parse(Application)!.AsObject();
        input["creditCode"] = "91440300MA5G0XYW1";

        var result = RecordValidator.Validate(Schema, input, culture: CultureInfo.InvariantCulture);

        Assert.Equal(["minLength", "pattern"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void An_empty_application_lists_every_required_field()
    {
        var result = TestForms.Validate(Schema, "{}");

        Assert.All(result.Errors, e => Assert.Equal("required", e.Code));
        Assert.Equal(16, result.Errors.Count);
        Assert.DoesNotContain(result.Errors, e => e.Path == "qualifications");
    }
}
