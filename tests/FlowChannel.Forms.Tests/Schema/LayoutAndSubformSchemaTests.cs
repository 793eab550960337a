namespace FlowChannel.Forms.Tests.Schema;

/// <summary>Tabs, columns and subforms as the schema check sees them: one key space, nesting limits, column references.</summary>
public class LayoutAndSubformSchemaTests
{
    private const string Text = """{"key": "a", "type": "text", "label": "A"}""";

    private static string Tabs(string first, string second) =>
        $$"""{"key": "tabs", "type": "tabs", "tabs": [{"label": "One", "fields": [{{first}}]}, {"label": "Two", "fields": [{{second}}]}]}""";

    private static string Lines(string columns, string extra = "") =>
        $$"""{"key": "lines", "type": "subform", "label": "Lines", "fields": [{{columns}}]{{extra}}}""";

    private const string Qty = """{"key": "qty", "type": "number", "label": "Qty"}""";
    private const string Price = """{"key": "price", "type": "money", "label": "Price"}""";
    private const string Amount = """{"key": "amount", "type": "formula", "label": "Amount", "formula": "row.qty * row.price", "resultType": "money"}""";

    [Fact]
    public void Fields_inside_tabs_and_columns_are_fields_of_the_form_and_the_layout_keeps_the_tree()
    {
        var schema = TestForms.Schema(
            Tabs(Text, """{"key": "cols", "type": "columns", "columns": [{"fields": [{"key": "b", "type": "date", "label": "B"}]}, {"fields": [{"key": "c", "type": "url", "label": "C"}]}]}"""),
            """{"key": "d", "type": "divider"}""");

        Assert.Equal(["tabs", "a", "cols", "b", "c", "d"], schema.Fields.Select(f => f.Key));
        Assert.Equal(["tabs", "d"], schema.Layout.Select(f => f.Key));
        var tabs = schema.Layout[0].Panes;
        Assert.Equal(["One", "Two"], tabs.Select(p => p.Label!.ToString()));
        Assert.Equal(["b"], tabs[1].Items[0].Panes[0].Items.Select(f => f.Key));
        Assert.Null(tabs[1].Items[0].Panes[1].Label);
    }

    [Fact]
    public void An_unknown_type_inside_a_tab_is_reported_at_its_type()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Tabs(Text, """{"key": "b", "type": "txt", "label": "B"}""")));

        Assert.Equal("/fields/0/tabs/1/fields/0/type", error.Pointer);
        Assert.StartsWith("Unknown field type \"txt\". Allowed: text, textarea,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_repeated_on_another_tab_is_a_duplicate_of_the_form()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Tabs(Text, """{"key": "A", "type": "number", "label": "A2"}""")));

        Assert.Equal("/fields/0/tabs/1/fields/0/key", error.Pointer);
        Assert.Equal("Duplicate field key \"A\" (first at /fields/0/tabs/0/fields/0); keys are unique ignoring case.", error.Message);
    }

    [Fact]
    public void A_key_in_a_column_that_repeats_a_top_level_key_is_a_duplicate()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Text,
            """{"key": "cols", "type": "columns", "columns": [{"fields": [{"key": "x", "type": "text", "label": "X"}]}, {"fields": [{"key": "a", "type": "text", "label": "A"}]}]}"""));

        Assert.Equal("/fields/1/columns/1/fields/0/key", error.Pointer);
    }

    [Fact]
    public void Subform_columns_have_their_own_key_space_but_no_duplicates_inside()
    {
        TestForms.Schema(Qty, Lines(Qty));

        var error = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty + "," + """{"key": "QTY", "type": "text", "label": "Q"}""")));
        Assert.Equal("/fields/0/fields/1/key", error.Pointer);
        Assert.Contains("(first at /fields/0/fields/0)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subform_inside_a_subform_is_refused_at_its_type()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty + "," + Lines(Qty).Replace("\"lines\"", "\"inner\"", StringComparison.Ordinal))));

        Assert.Equal("/fields/0/fields/1/type", error.Pointer);
        Assert.Equal("Subforms cannot be nested: a subform holds at most 1 level of rows.", error.Message);
    }

    [Theory]
    [InlineData("""{"key": "no", "type": "serial", "label": "No", "format": "A-{seq:3}"}""", "A serial cannot be a column of a subform.")]
    [InlineData("""{"key": "t", "type": "tabs", "tabs": [{"label": "T", "fields": [{"key": "x", "type": "text", "label": "X"}]}]}""", "A tabs cannot be a column of a subform.")]
    [InlineData("""{"key": "s", "type": "section", "label": "S"}""", "A section cannot be a column of a subform.")]
    public void Columns_hold_values_that_rows_can_own(string column, string message)
    {
        var error = TestForms.ParseWithFields(Lines(Qty + "," + column)).Errors[0];

        Assert.Equal(("/fields/0/fields/1/type", message), (error.Pointer, error.Message));
    }

    [Fact]
    public void Tabs_and_columns_need_their_panes_in_range()
    {
        var noTabs = TestForms.SingleError(TestForms.ParseWithFields("""{"key": "t", "type": "tabs"}"""));
        var oneColumn = TestForms.SingleError(TestForms.ParseWithFields("""{"key": "c", "type": "columns", "columns": [{"fields": [{"key": "x", "type": "text", "label": "X"}]}]}"""));
        var unlabelledTab = TestForms.SingleError(TestForms.ParseWithFields("""{"key": "t", "type": "tabs", "tabs": [{"fields": [{"key": "x", "type": "text", "label": "X"}]}]}"""));
        var labelledColumn = TestForms.SingleError(TestForms.ParseWithFields(
            """{"key": "c", "type": "columns", "columns": [{"label": "L", "fields": [{"key": "x", "type": "text", "label": "X"}]}, {"fields": [{"key": "y", "type": "text", "label": "Y"}]}]}"""));

        Assert.Equal(("/fields/0/tabs", "A tabs needs \"tabs\"."), (noTabs.Pointer, noTabs.Message));
        Assert.Equal(("/fields/0/columns", "\"columns\" must be an array of 2 to 4 { \"fields\" } objects."), (oneColumn.Pointer, oneColumn.Message));
        Assert.Equal(("/fields/0/tabs/0/label", "\"label\" is required."), (unlabelledTab.Pointer, unlabelledTab.Message));
        Assert.Equal(("/fields/0/columns/0/label", "Unknown property \"label\" of a column."), (labelledColumn.Pointer, labelledColumn.Message));
    }

    [Fact]
    public void A_subform_needs_columns_and_min_rows_not_above_max_rows()
    {
        var noColumns = TestForms.SingleError(TestForms.ParseWithFields("""{"key": "lines", "type": "subform", "label": "Lines"}"""));
        var rows = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty, """, "minRows": 5, "maxRows": 2""")));

        Assert.Equal(("/fields/0/fields", "A subform needs \"fields\"."), (noColumns.Pointer, noColumns.Message));
        Assert.Equal(("/fields/0/minRows", "\"minRows\" (5) must not be greater than \"maxRows\" (2)."), (rows.Pointer, rows.Message));
    }

    [Fact]
    public void Default_rows_are_checked_column_by_column_and_stored_normalized()
    {
        var schema = TestForms.Schema(Lines(Qty + "," + Price, """, "defaultRows": [{"qty": "2", "price": 1.50}, {}]"""));
        var badValue = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty, """, "defaultRows": [{"qty": 1}, {"qty": "many"}]""")));
        var unknown = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty, """, "defaultRows": [{"nope": 1}]""")));
        var tooMany = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty, """, "maxRows": 1, "defaultRows": [{}, {}]""")));

        Assert.Equal("""[{"qty":2,"price":1.5},{}]""", schema.FindField("lines")!.DefaultValue!.ToJsonString());
        Assert.Equal("/fields/0/defaultRows/1/qty", badValue.Pointer);
        Assert.Equal(("/fields/0/defaultRows/0/nope", "\"nope\" is not an input column of subform \"lines\"."), (unknown.Pointer, unknown.Message));
        Assert.Equal("/fields/0/defaultRows", tooMany.Pointer);
    }

    [Fact]
    public void Row_references_belong_inside_a_subform()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Qty, """{"key": "t", "type": "formula", "label": "T", "formula": "row.qty * 2"}"""));

        Assert.Equal(("/fields/1/formula", "\"row\" is only available in a subform's columns, where it is the current row."), (error.Pointer, error.Message));
    }

    [Fact]
    public void A_column_read_without_row_gets_a_hint_and_a_missing_row_column_is_named()
    {
        var bare = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty + "," + """{"key": "d", "type": "formula", "label": "D", "formula": "qty * 2"}""")));
        var missing = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty + "," + """{"key": "d", "type": "formula", "label": "D", "formula": "row.nope * 2"}""")));

        Assert.Equal(("/fields/0/fields/1/formula", "The formula references \"qty\", which is not a field of this form. Use row.qty for this row's column."), (bare.Pointer, bare.Message));
        Assert.Equal(("/fields/0/fields/1/formula", "The formula references \"row.nope\", but subform \"lines\" has no column \"nope\"."), (missing.Pointer, missing.Message));
    }

    [Fact]
    public void A_form_formula_over_a_missing_column_is_named()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(Lines(Qty), """{"key": "t", "type": "formula", "label": "T", "formula": "SUM(lines.nope)"}"""));

        Assert.Equal(("/fields/1/formula", "The formula references \"lines.nope\", but subform \"lines\" has no column \"nope\"."), (error.Pointer, error.Message));
    }

    [Fact]
    public void A_cycle_through_a_subform_column_and_a_form_formula_is_reported_once_and_named()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields(
            Lines(Qty + "," + """{"key": "share", "type": "formula", "label": "S", "formula": "row.qty / total"}"""),
            """{"key": "total", "type": "formula", "label": "T", "formula": "SUM(lines.share)"}"""));

        Assert.Equal("/fields/1/formula", error.Pointer);
        Assert.Equal("Formula cycle: total → lines.share → total; a formula cannot depend on its own value.", error.Message);
    }

    [Fact]
    public void Column_formulas_are_ordered_before_the_form_formulas_that_read_them()
    {
        var schema = TestForms.Schema(
            """{"key": "total", "type": "formula", "label": "T", "formula": "SUM(lines.amount)", "resultType": "money"}""",
            Lines(Qty + "," + Price + "," + Amount));

        Assert.Equal(["amount", "total"], schema.FormulaOrder.Select(f => f.Key));
        Assert.Equal("lines", schema.FormulaOrder[0].SubformKey);
        Assert.Equal(["qty", "price"], schema.FormulaOrder[0].Formula!.RowDependencies);
        Assert.Equal(["lines"], schema.FormulaOrder[1].Formula!.Dependencies);
        Assert.Null(schema.FindField("amount"));
    }

    [Fact]
    public void The_key_row_is_reserved()
    {
        var error = TestForms.SingleError(TestForms.ParseWithFields("""{"key": "row", "type": "text", "label": "Row"}"""));

        Assert.Equal("/fields/0/key", error.Pointer);
    }
}
