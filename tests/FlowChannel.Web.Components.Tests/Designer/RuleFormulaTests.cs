using FlowChannel.Forms.Validation;
using FlowChannel.Web.Designer;

namespace FlowChannel.Web.Components.Tests.Designer;

public sealed class RuleFormulaTests
{
    private static FieldType? TypeOf(string key) => key switch
    {
        "amount" => FieldType.Money,
        "urgent" => FieldType.Switch,
        "tags" => FieldType.MultiSelect,
        _ => FieldType.Text,
    };

    [Fact]
    public void Conditions_become_the_formula_the_schema_stores_with_values_typed_by_their_field()
    {
        var formula = RuleFormula.Build(
            [new("kind", RuleOperator.Equals, "it's"), new("amount", RuleOperator.Greater, "1000"), new("urgent", RuleOperator.Equals, "true"),
             new("tags", RuleOperator.Equals, "vip"), new("note", RuleOperator.IsEmpty)],
            RuleJoin.All,
            TypeOf);

        Assert.Equal("kind == 'it\\'s' && amount > 1000 && urgent == true && CONTAINS(tags, 'vip') && ISEMPTY(note)", formula);
    }

    [Fact]
    public void A_built_formula_reads_back_into_the_same_conditions()
    {
        List<RuleCondition> conditions = [new("kind", RuleOperator.NotEquals, "a b"), new("amount", RuleOperator.LessOrEqual, "5.5"), new("note", RuleOperator.IsNotEmpty)];
        var formula = RuleFormula.Build(conditions, RuleJoin.Any, TypeOf);

        Assert.True(RuleFormula.TryRead(formula, out var read, out var join));

        Assert.Equal(RuleJoin.Any, join);
        Assert.Equal(conditions, read);
    }

    [Theory]
    [InlineData("a == 1 && b == 2 || c == 3")]
    [InlineData("SUM(lines.amount) > 10")]
    [InlineData("kind == other")]
    public void A_hand_written_formula_of_another_shape_is_left_to_the_advanced_mode(string formula) =>
        Assert.False(RuleFormula.TryRead(formula, out _, out _));

    [Fact]
    public void Hiding_is_stored_as_showing_while_the_condition_is_false_and_reads_back_as_hiding()
    {
        var (property, formula) = RuleFormula.ForAction(RuleAction.Hide, "kind == 'a'");

        Assert.Equal(("visibleWhen", "!(kind == 'a')"), (property, formula));
        Assert.Equal((RuleAction.Hide, "kind == 'a'"), RuleFormula.FromProperty(property, formula));
    }

    [Fact]
    public void A_rule_saved_on_several_fields_drives_the_validator_and_lists_as_one_rule()
    {
        var document = DesignerForms.Sample();
        var rules = new FormRules(document);
        var condition = RuleFormula.Build([new("kind", RuleOperator.Equals, "b")], RuleJoin.All, TypeOf);

        rules.Save(new DesignedRule(RuleAction.Require, condition, ["name", "note"]));

        var rule = Assert.Single(rules.List());
        Assert.Equal(["name", "note"], rule.Targets);
        var schema = FormSchemaParser.Parse(document.ToJson()).Schema!;
        var result = RecordValidator.Validate(schema, new JsonObject { ["kind"] = "b" }, RecordWriteMode.Client, CultureInfo.InvariantCulture);
        Assert.Equal(["name", "note"], result.Errors.Where(e => e.Code == "required").Select(e => e.Path).Order());
    }

    [Fact]
    public void Editing_a_rule_moves_it_off_the_fields_it_no_longer_targets_and_deleting_clears_it()
    {
        var document = DesignerForms.Sample();
        var rules = new FormRules(document);
        var first = new DesignedRule(RuleAction.Hide, "kind == 'a'", ["name", "lines"]);
        rules.Save(first);

        var second = first with { Targets = ["lines"] };
        rules.Save(second, first);
        Assert.Null(document.Root["fields"]![0]!["visibleWhen"]);
        Assert.Equal("!(kind == 'a')", document.Root["fields"]![2]!["visibleWhen"]!.GetValue<string>());

        rules.Delete(second);
        Assert.Empty(rules.List());
    }
}
