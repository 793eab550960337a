namespace FlowChannel.Web.Components.Tests.Forms;

public sealed class SubformTests : FormTestContext
{
    [Fact]
    public void New_record_starts_with_min_rows_and_column_defaults()
    {
        var model = new FormModel(TestSchemas.Order());

        var cut = RenderForm(model);

        Assert.Single(cut.FindAll("[data-field=lines] tbody tr"));
        Assert.Equal(10m, model.Rows("lines")[0]!["price"]!.GetValue<decimal>());
    }

    [Fact]
    public void Typing_quantities_updates_row_amounts_and_the_total()
    {
        var model = new FormModel(TestSchemas.Order());
        var cut = RenderForm(model);

        cut.Find("[data-path='lines[0].qty'] input").Change("3");
        cut.Find("[data-testid=add-row]").Click();
        cut.Find("[data-path='lines[1].qty'] input").Change("2");
        cut.Find("[data-path='lines[1].price'] input").Change("7.5");

        Assert.Equal("30", cut.Find("[data-path='lines[0].amount']").TextContent.Trim());
        Assert.Equal("15", cut.Find("[data-path='lines[1].amount']").TextContent.Trim());
        Assert.Equal("45", cut.Find("[data-field=total] [data-testid=formula-value]").TextContent.Trim());
    }

    [Fact]
    public void Rows_are_added_up_to_max_and_removed_down_to_min_and_the_total_follows()
    {
        var model = new FormModel(TestSchemas.Order());
        var cut = RenderForm(model);
        cut.Find("[data-path='lines[0].qty'] input").Change("1");

        cut.Find("[data-testid=add-row]").Click();
        cut.Find("[data-testid=add-row]").Click();
        cut.Find("[data-path='lines[2].qty'] input").Change("4");

        Assert.Equal(3, cut.FindAll("[data-field=lines] tbody tr").Count);
        Assert.True(cut.Find("[data-testid=add-row]").HasAttribute("disabled"));
        Assert.Equal("50", cut.Find("[data-field=total] [data-testid=formula-value]").TextContent.Trim());

        cut.FindAll("[data-testid=delete-row]")[2].Click();
        cut.FindAll("[data-testid=delete-row]")[1].Click();

        Assert.Single(cut.FindAll("[data-field=lines] tbody tr"));
        Assert.True(cut.Find("[data-testid=delete-row]").HasAttribute("disabled"));
        Assert.Equal("10", cut.Find("[data-field=total] [data-testid=formula-value]").TextContent.Trim());
    }

    [Fact]
    public void Validation_error_shows_at_the_subform_cell_path()
    {
        var model = new FormModel(TestSchemas.Order());
        var cut = RenderForm(model);
        cut.Find("[data-testid=add-row]").Click();
        cut.Find("[data-path='lines[0].qty'] input").Change("2");
        cut.Find("[data-path='lines[1].qty'] input").Change("5");
        cut.Find("[data-path='lines[1].qty'] input").Change("");

        cut.Find("[data-path='lines[1].qty'] input").FocusOut();

        Assert.NotEmpty(cut.Find("[data-path='lines[1].qty'] .field-error").TextContent);
        Assert.Empty(cut.FindAll("[data-path='lines[0].qty'] .field-error"));
    }

    [Fact]
    public void Submit_shows_untouched_errors_and_form_level_checks_at_the_top()
    {
        var schema = TestSchemas.Parse(
            """{"key": "lines", "type": "subform", "label": "Lines", "minRows": 1, "fields": [{"key": "qty", "type": "number", "label": "Qty", "required": true}]}""",
            """{"key": "total", "type": "formula", "label": "Total", "formula": "SUM(lines.qty)"}""");
        var checkedSchema = FormSchemaParser.Parse("""
            {"id": "checked", "title": "Checked", "fields": [{"key": "n", "type": "number", "label": "N"}],
             "submitChecks": [{"formula": "n > 5", "message": "N must exceed five"}]}
            """).Schema!;
        var lines = RenderForm(new FormModel(schema));
        var withCheck = RenderForm(new FormModel(checkedSchema));
        withCheck.Find("[data-field=n] input").Change("2");

        lines.InvokeAsync(() => lines.Instance.ValidateAll());
        withCheck.InvokeAsync(() => withCheck.Instance.ValidateAll());

        Assert.NotEmpty(lines.Find("[data-path='lines[0].qty'] .field-error").TextContent);
        Assert.Contains("N must exceed five", withCheck.Find("[data-testid=form-errors]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_subforms_render_only_the_rows_in_view()
    {
        var schema = TestSchemas.Parse(
            """{"key": "lines", "type": "subform", "label": "Lines", "fields": [{"key": "qty", "type": "number", "label": "Qty"}, {"key": "twice", "type": "formula", "label": "Twice", "formula": "row.qty * 2"}]}""");
        var data = new JsonObject { ["lines"] = new JsonArray([.. Enumerable.Range(1, 2000).Select(i => (JsonNode)new JsonObject { ["qty"] = i })]) };
        var model = new FormModel(schema, data);

        var cut = RenderForm(model);

        Assert.Equal("2000", cut.Find("[data-field=lines]").GetAttribute("data-rows"));
        var rendered = cut.FindAll("[data-field=lines] tbody tr[data-row]").Count;
        Assert.True(rendered < 500, $"{rendered} rows rendered");
        Assert.Equal(4000m, model.Rows("lines")[1999]!["twice"]!.GetValue<decimal>());
    }
}
