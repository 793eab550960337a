namespace FlowChannel.Forms.Tests.Validation;

/// <summary>
/// Rules at validation: hidden values dropped and not required, required and read-only by rule, System writes past
/// rules, custom checks, submit checks after field checks, option linkage, uniqueness and formula defaults.
/// </summary>
public class RuleValidationTests
{
    private static readonly FormSchema Schema = TestForms.Schema(
        """{"key": "kind", "type": "select", "label": "Kind", "options": [{"value": "rebate", "label": "Rebate"}, {"value": "marketing", "label": "Marketing"}]}""",
        """{"key": "plan", "type": "textarea", "label": "Plan", "required": true, "visibleWhen": "kind == 'marketing'"}""",
        """{"key": "budget", "type": "money", "label": "Budget", "requiredWhen": "kind == 'marketing'"}""",
        """{"key": "locked", "type": "switch", "label": "Locked"}""",
        """{"key": "note", "type": "text", "label": "Note", "readOnlyWhen": "locked", "defaultValue": "n/a"}""",
        """{"key": "double", "type": "formula", "label": "Double", "formula": "IF(ISEMPTY(budget), 0, budget * 2)"}""");

    [Fact]
    public void A_field_hidden_by_its_rule_keeps_no_value_and_is_not_required()
    {
        var result = TestForms.AssertValid(Schema, """{"kind": "rebate", "plan": "sneaked in"}""");

        Assert.False(result.Data.ContainsKey("plan"));
    }

    [Fact]
    public void A_bad_value_for_a_field_hidden_by_its_rule_is_dropped_without_an_error()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "code", "type": "text", "label": "Code", "maxLength": 3, "visibleWhen": "on"}""",
            """{"key": "lines", "type": "subform", "label": "Lines", "minRows": 2, "visibleWhen": "on", "fields": [{"key": "qty", "type": "number", "label": "Qty"}]}""",
            """{"key": "rows", "type": "subform", "label": "Rows", "fields": [{"key": "flag", "type": "switch", "label": "Flag"}, {"key": "note", "type": "text", "label": "Note", "maxLength": 2, "visibleWhen": "row.flag"}]}""");

        var hidden = TestForms.AssertValid(schema, """{"on": false, "code": "too long", "lines": [{"qty": "x"}], "rows": [{"flag": false, "note": "too long"}]}""");
        var shown = TestForms.Validate(schema, """{"on": true, "code": "too long", "lines": [{"qty": "x"}], "rows": [{"flag": true, "note": "too long"}]}""");

        Assert.Equal("""{"on":false,"rows":[{"flag":false}]}""", hidden.Data.ToJsonString());
        Assert.Equal(["code:maxLength", "lines[0].qty:type", "lines:minRows", "rows[0].note:maxLength"], shown.Errors.Select(e => $"{e.Path}:{e.Code}"));
    }

    [Fact]
    public void A_field_shown_by_its_rule_is_required_again()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"kind": "marketing", "budget": 5}"""));

        Assert.Equal(("plan", FieldErrorCodes.Required, "Plan: is required"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void Required_when_holds_only_while_its_rule_is_true()
    {
        var error = TestForms.SingleError(TestForms.Validate(Schema, """{"kind": "marketing", "plan": "p"}"""));

        Assert.Equal(("budget", FieldErrorCodes.Required), (error.Path, error.Code));
        TestForms.AssertValid(Schema, """{"kind": "rebate"}""");
    }

    [Fact]
    public void A_value_hidden_by_a_rule_is_taken_out_of_formulas_too()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "amount", "type": "number", "label": "Amount", "visibleWhen": "on"}""",
            """{"key": "twice", "type": "formula", "label": "Twice", "formula": "amount * 2"}""");

        var result = TestForms.AssertValid(schema, """{"on": false, "amount": 21}""");

        Assert.Equal("""{"on":false,"twice":0}""", result.Data.ToJsonString());
    }

    [Fact]
    public void A_total_over_a_subform_hidden_by_its_rule_is_left_empty_without_an_error()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "lines", "type": "subform", "label": "Lines", "visibleWhen": "on", "fields": [{"key": "amount", "type": "money", "label": "Amount"}]}""",
            """{"key": "total", "type": "formula", "label": "Total", "formula": "SUM(lines.amount)"}""");

        var hidden = TestForms.AssertValid(schema, """{"on": false, "lines": [{"amount": 5}]}""");
        var shown = TestForms.AssertValid(schema, """{"on": true, "lines": [{"amount": 5}]}""");

        Assert.Equal("""{"on":false}""", hidden.Data.ToJsonString());
        Assert.Equal(5m, shown.Data["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void Read_only_by_rule_drops_the_client_value_and_keeps_the_fixed_default()
    {
        var locked = TestForms.AssertValid(Schema, """{"kind": "rebate", "locked": true, "note": "changed"}""");
        var open = TestForms.AssertValid(Schema, """{"kind": "rebate", "locked": false, "note": "changed"}""");

        Assert.Equal("n/a", locked.Data["note"]!.GetValue<string>());
        Assert.Equal("changed", open.Data["note"]!.GetValue<string>());
    }

    [Fact]
    public void System_writes_ignore_visibility_and_read_only_rules_but_still_require()
    {
        var kept = TestForms.AssertValid(Schema, """{"kind": "rebate", "plan": "from workflow", "locked": true, "note": "set by flow"}""", RecordWriteMode.System);
        var missing = TestForms.SingleError(TestForms.Validate(Schema, """{"kind": "marketing", "plan": "p"}""", RecordWriteMode.System));

        Assert.Equal(("from workflow", "set by flow"), (kept.Data["plan"]!.GetValue<string>(), kept.Data["note"]!.GetValue<string>()));
        Assert.Equal(("budget", FieldErrorCodes.Required), (missing.Path, missing.Code));
    }

    [Fact]
    public void A_custom_check_reports_its_own_message_at_the_field_in_the_readers_language()
    {
        var schema = TestForms.Schema(
            """{"key": "start", "type": "date", "label": "Start"}""",
            """{"key": "end", "type": "date", "label": "End", "validations": [{"formula": "end >= start", "message": {"zh-CN": "结束日期不能早于开始日期", "en": "must not be before the start"}}]}""");

        var en = TestForms.SingleError(TestForms.Validate(schema, """{"start": "2026-03-01", "end": "2026-02-28"}"""));
        var zh = TestForms.SingleError(TestForms.Validate(schema, """{"start": "2026-03-01", "end": "2026-02-28"}""", culture: "zh-CN"));

        Assert.Equal(("end", FieldErrorCodes.Check, "must not be before the start"), (en.Path, en.Code, en.Message));
        Assert.Equal("结束日期不能早于开始日期", zh.Message);
        TestForms.AssertValid(schema, """{"start": "2026-03-01", "end": "2026-03-01"}""");
    }

    [Fact]
    public void A_custom_check_of_a_column_runs_per_row_with_the_row_path()
    {
        var schema = TestForms.Schema("""
            {"key": "lines", "type": "subform", "label": "Lines", "fields": [
              {"key": "min", "type": "number", "label": "Min"},
              {"key": "max", "type": "number", "label": "Max", "validations": [{"formula": "row.max >= row.min", "message": "max below min"}]}]}
            """);

        var error = TestForms.SingleError(TestForms.Validate(schema, """{"lines": [{"min": 1, "max": 2}, {"min": 5, "max": 3}]}"""));

        Assert.Equal(("lines[1].max", FieldErrorCodes.Check, "max below min"), (error.Path, error.Code, error.Message));
    }

    [Fact]
    public void Submit_checks_run_only_once_every_field_is_valid()
    {
        var result = FormSchemaParser.Parse("""
            {"id": "test-form", "title": "Test", "fields": [{"key": "qty", "type": "number", "label": "Qty", "max": 10}],
             "submitChecks": [{"formula": "qty > 2", "message": {"zh-CN": "数量必须大于 2", "en": "Quantity must be above 2"}}, {"formula": "qty != 5", "message": "not five"}]}
            """);
        var schema = result.Schema!;

        var fieldError = TestForms.SingleError(TestForms.Validate(schema, """{"qty": 11}"""));
        var submit = TestForms.SingleError(TestForms.Validate(schema, """{"qty": 1}""", culture: "zh-CN"));
        var second = TestForms.SingleError(TestForms.Validate(schema, """{"qty": 5}"""));

        Assert.Equal(("qty", FieldErrorCodes.Max), (fieldError.Path, fieldError.Code));
        Assert.Equal((string.Empty, FieldErrorCodes.SubmitCheck, "数量必须大于 2"), (submit.Path, submit.Code, submit.Message));
        Assert.Equal("not five", second.Message);
        TestForms.AssertValid(schema, """{"qty": 3}""");
    }

    [Fact]
    public void Linked_options_accept_only_what_the_controlling_value_offers()
    {
        var schema = TestForms.Schema(
            """{"key": "region", "type": "select", "label": "Region", "options": [{"value": "south", "label": "South"}, {"value": "north", "label": "North"}]}""",
            """{"key": "city", "type": "select", "label": "City", "optionsDependOn": "region", "options": [{"value": "sz", "label": "Shenzhen", "when": ["south"]}, {"value": "bj", "label": "Beijing", "when": ["north"]}, {"value": "hq", "label": "HQ"}]}""");

        TestForms.AssertValid(schema, """{"region": "south", "city": "sz"}""");
        TestForms.AssertValid(schema, """{"region": "north", "city": "hq"}""");
        var notOffered = TestForms.SingleError(TestForms.Validate(schema, """{"region": "north", "city": "sz"}"""));
        var noParent = TestForms.SingleError(TestForms.Validate(schema, """{"city": "bj"}"""));

        Assert.Equal(("city", FieldErrorCodes.Option, "City: \"sz\" is not offered for the current choice it depends on"), (notOffered.Path, notOffered.Code, notOffered.Message));
        Assert.Equal(("city", FieldErrorCodes.Option), (noParent.Path, noParent.Code));
    }

    [Fact]
    public void Unique_values_are_handed_to_the_server_unless_they_failed()
    {
        var schema = TestForms.Schema(
            """{"key": "code", "type": "text", "label": "Code", "unique": true, "maxLength": 3}""",
            """{"key": "partner", "type": "link", "label": "Partner", "unique": true, "link": {"form": "partner-profile", "displayField": "companyName"}}""");

        var valid = TestForms.AssertValid(schema, """{"code": " AB ", "partner": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""");
        var failed = TestForms.Validate(schema, """{"code": "ABCD"}""");

        Assert.Equal(["code=\"AB\"", "partner={\"id\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"}"], valid.UniqueValues.Select(u => $"{u.Path}={u.Value.ToJsonString()}"));
        Assert.Empty(failed.UniqueValues);
    }

    [Fact]
    public void A_formula_default_fills_a_missing_value_from_other_fields_and_never_overrides_one_sent()
    {
        var schema = TestForms.Schema(
            """{"key": "title", "type": "text", "label": "Title", "defaultFormula": "CONCATENATE(kind, '-', qty)"}""",
            """{"key": "kind", "type": "text", "label": "Kind"}""",
            """{"key": "qty", "type": "number", "label": "Qty"}""",
            """{"key": "due", "type": "date", "label": "Due", "defaultFormula": "DATEADD(start, 7, 'D')"}""",
            """{"key": "start", "type": "date", "label": "Start"}""");

        var filled = TestForms.AssertValid(schema, """{"kind": "A", "qty": 3, "start": "2026-02-25"}""");
        var sent = TestForms.AssertValid(schema, """{"title": "mine", "kind": "A", "qty": 3}""");

        Assert.Equal(("A-3", "2026-03-04"), (filled.Data["title"]!.GetValue<string>(), filled.Data["due"]!.GetValue<string>()));
        Assert.Equal("mine", sent.Data["title"]!.GetValue<string>());
    }

    [Fact]
    public void Hiding_tabs_hides_every_field_on_them()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "t", "type": "tabs", "visibleWhen": "on", "tabs": [{"label": "T", "fields": [{"key": "x", "type": "text", "label": "X", "required": true}]}]}""");

        var hidden = TestForms.AssertValid(schema, """{"on": false, "x": "dropped"}""");
        var shown = TestForms.SingleError(TestForms.Validate(schema, """{"on": true}"""));

        Assert.False(hidden.Data.ContainsKey("x"));
        Assert.Equal(("x", FieldErrorCodes.Required), (shown.Path, shown.Code));
    }
}
