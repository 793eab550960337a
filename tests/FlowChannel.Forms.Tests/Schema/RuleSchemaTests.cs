namespace FlowChannel.Forms.Tests.Schema;

/// <summary>Rules, checks, defaults, option linkage and the settings that point at other forms, as the schema check sees them.</summary>
public class RuleSchemaTests
{
    private const string Kind = """{"key": "kind", "type": "select", "label": "Kind", "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]}""";
    private const string Qty = """{"key": "qty", "type": "number", "label": "Qty"}""";

    private static SchemaError Error(params string[] fields) => TestForms.SingleError(TestForms.ParseWithFields(fields));

    [Fact]
    public void Rules_checks_and_defaults_are_compiled_with_their_dependencies()
    {
        var schema = TestForms.Schema(Kind, Qty,
            """{"key": "note", "type": "text", "label": "Note", "visibleWhen": "kind == 'a'", "requiredWhen": "qty > 5", "readOnlyWhen": "kind == 'b' && qty > 1", "validations": [{"formula": "note != 'x'", "message": {"zh-CN": "不能是 x", "en": "must not be x"}}], "defaultFormula": "'n' + qty"}""");

        var note = schema.FindField("note")!;
        Assert.Equal(["kind"], note.VisibleWhen!.Dependencies);
        Assert.Equal(FormulaResultType.Boolean, note.RequiredWhen!.ResultType);
        Assert.Equal(["kind", "qty"], note.ReadOnlyWhen!.Dependencies);
        Assert.Equal("must not be x", Assert.Single(note.Validations).Message.Resolve(CultureInfo.GetCultureInfo("en")));
        Assert.Equal(FormulaResultType.Text, note.DefaultFormula!.ResultType);
    }

    [Fact]
    public void A_syntax_error_in_a_rule_is_reported_at_the_rule_with_its_position()
    {
        var error = Error(Kind, """{"key": "note", "type": "text", "label": "Note", "visibleWhen": "kind == 'a' &&"}""");

        Assert.Equal("/fields/1/visibleWhen", error.Pointer);
        Assert.StartsWith("Formula error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1, column 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_a_check_is_reported_at_that_checks_formula()
    {
        var error = Error(Qty.Replace("}", """, "validations": [{"formula": "qty > 0", "message": "M"}, {"formula": "qty <", "message": "M"}]}""", StringComparison.Ordinal));

        Assert.Equal("/fields/0/validations/1/formula", error.Pointer);
        Assert.Contains("line 1, column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_checks_report_their_own_pointers()
    {
        var result = FormSchemaParser.Parse($$"""
            {"id": "test-form", "title": "F", "fields": [{{Qty}}],
             "submitChecks": [{"formula": "qty > 0", "message": "M"}, {"formula": "nope > 1", "message": "M"}, {"formula": "qty >", "message": "M"}, {"formula": "true"}, {"formula": "true", "message": "M", "level": 1}]}
            """);

        Assert.Equal(
            ["/submitChecks/1/formula", "/submitChecks/2/formula", "/submitChecks/3/message", "/submitChecks/4/level"],
            result.Errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
        Assert.Contains(result.Errors, e => e.Message == "The formula references \"nope\", which is not a field of this form.");
    }

    [Fact]
    public void An_empty_list_of_checks_is_refused()
    {
        var error = Error(Qty.Replace("}", """, "validations": []}""", StringComparison.Ordinal));

        Assert.Equal(("/fields/0/validations", "\"validations\" must be an array of 1 to 50 { \"formula\", \"message\" } checks."), (error.Pointer, error.Message));
    }

    [Fact]
    public void A_rule_over_a_display_only_item_is_refused()
    {
        var error = Error("""{"key": "s", "type": "section", "label": "S"}""", """{"key": "n", "type": "text", "label": "N", "visibleWhen": "s == 1"}""");

        Assert.Equal(("/fields/1/visibleWhen", "The formula references \"s\", a section that is display only and holds no value."), (error.Pointer, error.Message));
    }

    [Fact]
    public void Defaults_are_exclusive()
    {
        var error = Error("""{"key": "n", "type": "number", "label": "N", "defaultValue": 1, "defaultFormula": "2"}""");

        Assert.Equal(("/fields/0/defaultFormula", "Give one default: defaultValue and defaultFormula are exclusive."), (error.Pointer, error.Message));
    }

    [Fact]
    public void Defaults_apply_only_to_values_a_formula_or_literal_can_give()
    {
        var formula = Error("""{"key": "m", "type": "member", "label": "M", "defaultFormula": "'u1'"}""");
        var literal = Error("""{"key": "m", "type": "members", "label": "M", "defaultValue": ["u1"]}""");

        Assert.Equal(("/fields/0/defaultFormula", "\"defaultFormula\" does not apply to member fields."), (formula.Pointer, formula.Message));
        Assert.Equal("/fields/0/defaultValue", literal.Pointer);
    }

    [Fact]
    public void Options_with_when_need_the_field_they_depend_on()
    {
        var noParent = Error(Kind, """{"key": "sub", "type": "select", "label": "Sub", "options": [{"value": "x", "label": "X", "when": ["a"]}]}""");
        var noWhen = Error(Kind, """{"key": "sub", "type": "select", "label": "Sub", "optionsDependOn": "kind", "options": [{"value": "x", "label": "X"}]}""");
        var missingParent = Error(Kind, """{"key": "sub", "type": "select", "label": "Sub", "optionsDependOn": "nope", "options": [{"value": "x", "label": "X", "when": ["a"]}]}""");
        var emptyWhen = TestForms.ParseWithFields(Kind, """{"key": "sub", "type": "select", "label": "Sub", "optionsDependOn": "kind", "options": [{"value": "x", "label": "X", "when": []}]}""").Errors[0];

        Assert.Equal(("/fields/1/optionsDependOn", "Options with \"when\" need \"optionsDependOn\": the key of the field whose value selects them."), (noParent.Pointer, noParent.Message));
        Assert.Equal("/fields/1/optionsDependOn", noWhen.Pointer);
        Assert.Equal(("/fields/1/optionsDependOn", "\"nope\" is not a field of this form."), (missingParent.Pointer, missingParent.Message));
        Assert.Equal("/fields/1/options/0/when", emptyWhen.Pointer);
    }

    [Fact]
    public void A_content_type_that_is_not_one_is_refused_at_its_index()
    {
        var error = Error("""{"key": "f", "type": "attachment", "label": "F", "accept": ["application/pdf", "pdf"]}""");
        var onText = Error("""{"key": "f", "type": "text", "label": "F", "accept": ["image/*"]}""");

        Assert.Equal(("/fields/0/accept/1", "\"pdf\" is not a content type like \"application/pdf\" or \"image/*\"."), (error.Pointer, error.Message));
        Assert.Equal(("/fields/0/accept", "\"accept\" does not apply to text fields."), (onText.Pointer, onText.Message));
    }

    [Fact]
    public void A_link_needs_a_form_and_display_field_and_valid_conditions()
    {
        var noDisplay = Error("""{"key": "p", "type": "link", "label": "P", "link": {"form": "partner-profile"}}""");
        var badForm = Error("""{"key": "p", "type": "link", "label": "P", "link": {"form": "Partner Profile", "displayField": "companyName"}}""");
        var badOp = Error("""{"key": "p", "type": "link", "label": "P", "link": {"form": "partner-profile", "displayField": "companyName", "filter": [{"field": "status", "op": "like", "value": "'active'"}]}}""");
        var badValue = Error("""{"key": "p", "type": "link", "label": "P", "link": {"form": "partner-profile", "displayField": "companyName", "filter": [{"field": "status", "value": "nope"}]}}""");
        var noLink = Error("""{"key": "p", "type": "link", "label": "P"}""");

        Assert.Equal(("/fields/0/link/displayField", "\"displayField\" is required."), (noDisplay.Pointer, noDisplay.Message));
        Assert.Equal("/fields/0/link/form", badForm.Pointer);
        Assert.Equal(("/fields/0/link/filter/0/op", "\"op\" must be one of eq, ne, gt, ge, lt, le, contains, not \"like\"."), (badOp.Pointer, badOp.Message));
        Assert.Equal("/fields/0/link/filter/0/value", badValue.Pointer);
        Assert.Equal(("/fields/0/link", "A link needs \"link\"."), (noLink.Pointer, noLink.Message));
    }

    [Fact]
    public void A_link_copies_only_into_input_fields_and_says_where()
    {
        var error = Error(
            """{"key": "p", "type": "link", "label": "P", "link": {"form": "partner-profile", "displayField": "companyName", "copy": {"nope": "contactName"}}}""");

        Assert.Equal("/fields/0/link/copy/nope", error.Pointer);
        Assert.Equal("\"nope\" is not an input field of this form that a link can copy into.", error.Message);
    }

    [Fact]
    public void Related_lists_need_conditions_columns_and_a_sane_limit()
    {
        var schema = TestForms.Schema(Qty,
            """{"key": "r", "type": "related", "label": "R", "related": {"form": "orders", "where": [{"field": "qty", "op": "ge", "value": "qty"}], "columns": ["no", "qty"]}}""");
        var noWhere = Error("""{"key": "r", "type": "related", "label": "R", "related": {"form": "orders", "columns": ["no"]}}""");
        var limit = Error("""{"key": "r", "type": "related", "label": "R", "related": {"form": "orders", "where": [{"field": "a", "value": "1"}], "columns": ["no"], "limit": 500}}""");

        var related = schema.FindField("r")!.Related!;
        Assert.Equal((20, ConditionOperator.GreaterOrEqual), (related.Limit, related.Where[0].Operator));
        Assert.Equal(["qty"], related.Where[0].Value.Dependencies);
        Assert.False(schema.FindField("r")!.HasValue);
        Assert.Equal("/fields/0/related/where", noWhere.Pointer);
        Assert.Equal(("/fields/0/related/limit", "\"limit\" must be a whole number from 1 to 200."), (limit.Pointer, limit.Message));
    }

    [Fact]
    public void Data_linkage_and_option_sources_are_read_with_their_conditions()
    {
        var schema = TestForms.Schema(Kind,
            """{"key": "rate", "type": "percent", "label": "Rate", "defaultLink": {"form": "rates", "where": [{"field": "kind", "value": "kind"}], "take": "rate"}}""",
            """{"key": "city", "type": "select", "label": "City", "optionsFrom": {"form": "cities", "valueField": "code", "labelField": "name", "filter": [{"field": "kind", "op": "ne", "value": "kind"}]}}""");
        var noTake = Error("""{"key": "rate", "type": "percent", "label": "Rate", "defaultLink": {"form": "rates", "where": [{"field": "kind", "value": "1"}]}}""");
        var both = Error("""{"key": "city", "type": "select", "label": "City", "options": [{"value": "a", "label": "A"}], "optionsFrom": {"form": "cities", "valueField": "code"}}""");

        var linkage = schema.FindField("rate")!.DefaultLink!;
        Assert.Equal(("rates", "rate"), (linkage.Form, linkage.Take));
        Assert.Equal(["kind"], linkage.Where[0].Value.Dependencies);
        Assert.Equal((ConditionOperator.NotEquals, "name"), (schema.FindField("city")!.OptionsFrom!.Filter[0].Operator, schema.FindField("city")!.OptionsFrom!.LabelField));
        Assert.Equal(("/fields/0/defaultLink/take", "\"take\" is required."), (noTake.Pointer, noTake.Message));
        Assert.Equal("/fields/0/options", both.Pointer);
    }

    [Fact]
    public void Unique_applies_to_values_that_can_be_compared()
    {
        var error = Error(Kind.Replace("}]}", """}], "unique": true}""", StringComparison.Ordinal));

        Assert.Equal(("/fields/0/unique", "\"unique\" does not apply to select fields."), (error.Pointer, error.Message));
    }
}
