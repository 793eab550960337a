using FlowChannel.Forms.Calculation;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Tests.Schema;

namespace FlowChannel.Forms.Tests.Validation;

/// <summary>The bundled incentive-claim form, filled in the way a partner would: it exercises links, subforms, rules and checks together.</summary>
public class IncentiveClaimValidationTests
{
    private static readonly FormSchema Schema = FormSchemaFilesTests.Load("incentive-claim.form.json");

    private const string Partner = """{"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "name": "深圳星河科技"}""";

    private static string Claim(string claimType = "rebate", string extra = "", string lines = """[{"product": "A-1", "quantity": 3, "unitPrice": 0.1}, {"product": "B-2", "quantity": 1, "unitPrice": 0.2}]""") => $$"""
        {"partner": {{Partner}}, "contactName": "李雷", "contactPhone": "13800138000", "claimType": "{{claimType}}",
         "periodStart": "2026-07-01", "periodEnd": "2026-09-30", "lines": {{lines}},
         "evidence": [{"id": "f1", "name": "invoice.pdf", "size": 2048, "contentType": "application/pdf"}]{{extra}}}
        """;

    [Fact]
    public void A_rebate_claim_computes_line_amounts_and_the_exact_total()
    {
        var result = TestForms.AssertValid(Schema, Claim());

        Assert.Equal("[0.3,0.2]", new JsonArray([.. result.Data["lines"]!.AsArray().Select(r => r!["amount"]!.DeepClone())]).ToJsonString());
        Assert.Equal(0.5m, result.Data["total"]!.GetValue<decimal>());
        Assert.Equal("partner", Assert.Single(result.References).Path);
    }

    [Fact]
    public void The_marketing_plan_is_required_only_for_marketing_claims_and_dropped_otherwise()
    {
        var missing = TestForms.SingleError(TestForms.Validate(Schema, Claim("marketing")));
        var dropped = TestForms.AssertValid(Schema, Claim("training", """, "marketingPlan": "roadshow" """));

        Assert.Equal(("marketingPlan", FieldErrorCodes.Required), (missing.Path, missing.Code));
        Assert.False(dropped.Data.ContainsKey("marketingPlan"));
        TestForms.AssertValid(Schema, Claim("marketing", """, "marketingPlan": "Q3 roadshow in Shenzhen" """));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused_at_the_end_date()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, Claim().Replace("2026-09-30", "2026-06-30", StringComparison.Ordinal)));

        Assert.Equal(("periodEnd", FieldErrorCodes.Check, "The period cannot end before it starts"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void A_zero_total_fails_the_submit_check_with_its_message()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, Claim(lines: """[{"product": "A-1", "quantity": 2, "unitPrice": 0}]""")));

        Assert.Equal((string.Empty, FieldErrorCodes.SubmitCheck, "The total claimed must be greater than 0"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void At_least_one_line_is_needed_and_evidence_must_be_a_pdf_or_image()
    {
        var noLines = TestForms.SingleError(TestForms.Validate(Schema, Claim(lines: "[]")));
        var wrongFile = TestForms.SingleError(TestForms.Validate(Schema, Claim().Replace("application/pdf", "application/zip", StringComparison.Ordinal)));

        Assert.Equal(("lines", FieldErrorCodes.Required), (noLines.Path, noLines.Code));
        Assert.Equal(("evidence[0]", FieldErrorCodes.FileType), (wrongFile.Path, wrongFile.Code));
    }

    [Fact]
    public void Partners_partner_admins_and_channel_managers_may_submit()
    {
        var adders = Schema.Permissions.Sets.Where(s => s.Actions.Contains(FormAction.Add)).SelectMany(s => s.Roles);

        Assert.Equal(["partner", "partner-admin", "channel-manager"], adders);
    }

    [Fact]
    public void The_form_keeps_the_keys_and_layout_the_browser_test_relies_on()
    {
        Assert.Equal(
            ["claimNo", "claimTabs", "partner", "contactName", "contactPhone", "claimType", "marketingPlan", "periodColumns", "periodStart", "periodEnd",
             "lines", "total", "evidence", "remarks"],
            Schema.Fields.Select(f => f.Key));
        Assert.Equal(["Basics", "Lines", "Evidence"], Schema.Layout[1].Panes.Select(p => p.Label!.Resolve(CultureInfo.GetCultureInfo("en"))));
        Assert.Equal(["product", "quantity", "unitPrice", "amount"], Schema.FindField("lines")!.SubFields.Select(f => f.Key));
        Assert.Equal(("partner-profile", "companyName"), (Schema.FindField("partner")!.Link!.Form, Schema.FindField("partner")!.Link!.DisplayField));
    }

    [Fact]
    public void Changing_a_quantity_recomputes_that_line_and_the_total_only()
    {
        var data = JsonNode.Parse("""{"lines": [{"quantity": 2, "unitPrice": 10, "amount": 20}, {"quantity": 1, "unitPrice": 0.1, "amount": 0.1}]}""")!.AsObject();
        data["lines"]![1]!["quantity"] = 3;

        new FormCalculator(Schema).Recompute(data, "lines.quantity", rowIndex: 1);

        Assert.Equal("0.3", data["lines"]![1]!["amount"]!.ToJsonString());
        Assert.Equal("20.3", data["total"]!.ToJsonString());
    }

    [Fact]
    public void The_submit_check_speaks_the_readers_language()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, Claim(lines: """[{"product": "A-1", "quantity": 1, "unitPrice": 0}]"""), culture: "zh-CN"));

        Assert.Equal("申请总额必须大于 0", error.Message);
    }
}
