namespace FlowChannel.Forms.Tests.Validation;

/// <summary>
/// Rules that read what other rules take away: values are withdrawn in rounds until nothing changes, so no chain of
/// rules lets a value a person cannot see into the record, and nothing about withdrawn values is reported.
/// </summary>
public sealed class RuleRoundsTests
{
    [Fact]
    public void A_chain_of_visibility_rules_withdraws_every_field_it_hides()
    {
        var schema = TestForms.Schema(
            """{"key": "c", "type": "text", "label": "C", "visibleWhen": "b == 'x'"}""",
            """{"key": "b", "type": "text", "label": "B", "visibleWhen": "a == 'y'"}""",
            """{"key": "a", "type": "text", "label": "A"}""");

        var result = TestForms.AssertValid(schema, """{"a": "n", "b": "x", "c": "smuggled"}""");

        Assert.Equal("""{"a":"n"}""", result.Data.ToJsonString());
    }

    [Fact]
    public void A_rule_over_a_formula_sees_the_formula_computed_without_the_withdrawn_value()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "amount", "type": "number", "label": "Amount", "visibleWhen": "on"}""",
            """{"key": "total", "type": "formula", "label": "Total", "formula": "amount * 2"}""",
            """{"key": "secret", "type": "text", "label": "Secret", "visibleWhen": "total > 100"}""");

        var result = TestForms.AssertValid(schema, """{"on": false, "amount": 1000, "secret": "smuggled"}""");

        Assert.Equal("""{"on":false,"total":0}""", result.Data.ToJsonString());
    }

    [Fact]
    public void A_read_only_rule_over_a_withdrawn_value_still_holds()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "unlock", "type": "text", "label": "Unlock", "visibleWhen": "on"}""",
            """{"key": "note", "type": "text", "label": "Note", "readOnlyWhen": "ISEMPTY(unlock)", "maxLength": 3}""");

        var result = TestForms.AssertValid(schema, """{"on": false, "unlock": "x", "note": "smuggled"}""");

        Assert.Equal("""{"on":false}""", result.Data.ToJsonString());
    }

    [Fact]
    public void Required_is_decided_from_what_the_rules_left()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "big", "type": "number", "label": "Big", "visibleWhen": "on"}""",
            """{"key": "why", "type": "text", "label": "Why", "requiredWhen": "big > 10"}""");

        TestForms.AssertValid(schema, """{"on": false, "big": 100}""");
        Assert.Equal("why", TestForms.SingleError(TestForms.Validate(schema, """{"on": true, "big": 100}""")).Path);
    }

    [Fact]
    public void A_hidden_container_withdraws_what_it_holds()
    {
        var schema = TestForms.Schema(
            """{"key": "t", "type": "tabs", "hidden": true, "tabs": [{"label": "T", "fields": [{"key": "secret", "type": "text", "label": "S"}]}]}""",
            """{"key": "name", "type": "text", "label": "Name"}""");

        var result = TestForms.AssertValid(schema, """{"name": "n", "secret": "smuggled"}""");

        Assert.Equal("""{"name":"n"}""", result.Data.ToJsonString());
    }

    [Fact]
    public void A_formula_error_caused_by_a_withdrawn_value_is_gone_once_it_computes()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "amount", "type": "number", "label": "Amount", "visibleWhen": "on"}""",
            """{"key": "ratio", "type": "formula", "label": "Ratio", "formula": "100 / (amount - 5)"}""");

        var result = TestForms.AssertValid(schema, """{"on": false, "amount": 5}""");

        Assert.Equal(-20m, result.Data["ratio"]!.GetValue<decimal>());
    }

    [Fact]
    public void Errors_and_references_in_withdrawn_values_are_not_reported()
    {
        var schema = TestForms.Schema(
            """{"key": "on", "type": "switch", "label": "On"}""",
            """{"key": "m", "type": "member", "label": "M", "visibleWhen": "on"}""",
            """{"key": "n", "type": "number", "label": "N", "readOnlyWhen": "!on"}""",
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "flag", "type": "switch", "label": "Flag"}, {"key": "code", "type": "text", "label": "Code", "maxLength": 1, "visibleWhen": "row.flag"}]}""");

        var result = TestForms.AssertValid(schema, """{"on": false, "m": "nobody", "n": "abc", "lines": [{"flag": false, "code": "xx"}, {"flag": true, "code": "y"}]}""");

        Assert.Empty(result.References);
        Assert.Equal("""{"on":false,"lines":[{"flag":false},{"flag":true,"code":"y"}]}""", result.Data.ToJsonString());
    }
}
