using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FlowChannel.Forms.Schema;

namespace FlowChannel.Web.Designer;

/// <summary>
/// Turns the rule editor's conditions into the boolean formula the schema stores (<c>visibleWhen</c> and friends,
/// submit checks) and reads such a formula back, so a rule made here opens in the same editor. A formula written by
/// hand that is not of this shape is shown in the advanced mode only.
/// </summary>
public static partial class RuleFormula
{
    public static string Build(IReadOnlyList<RuleCondition> conditions, RuleJoin join, Func<string, FieldType?> typeOf)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(typeOf);
        var parts = conditions.Select(c => Condition(c, typeOf(c.Field)));
        return string.Join(join == RuleJoin.All ? " && " : " || ", parts);
    }

    /// <summary>Reads a formula made by <see cref="Build"/>; false for anything else.</summary>
    public static bool TryRead(string? formula, out IReadOnlyList<RuleCondition> conditions, out RuleJoin join)
    {
        conditions = [];
        join = RuleJoin.All;
        if (string.IsNullOrWhiteSpace(formula))
        {
            return false;
        }
        var found = new List<RuleCondition>();
        string? separator = null;
        var position = 0;
        while (true)
        {
            var match = ConditionPattern().Match(formula, position);
            if (!match.Success || match.Index != position)
            {
                return false;
            }
            found.Add(ToCondition(match));
            position += match.Length;
            if (position == formula.Length)
            {
                break;
            }
            var joint = JoinPattern().Match(formula, position);
            if (!joint.Success || joint.Index != position || (separator is not null && separator != joint.Groups["j"].Value))
            {
                return false;
            }
            separator = joint.Groups["j"].Value;
            position += joint.Length;
        }
        conditions = found;
        join = separator == "||" ? RuleJoin.Any : RuleJoin.All;
        return true;
    }

    /// <summary>The formula for a rule action: hiding is showing while the condition is false.</summary>
    public static (string Property, string Formula) ForAction(RuleAction action, string condition) => action switch
    {
        RuleAction.Show => ("visibleWhen", condition),
        RuleAction.Hide => ("visibleWhen", $"!({condition})"),
        RuleAction.Require => ("requiredWhen", condition),
        _ => ("readOnlyWhen", condition),
    };

    /// <summary>The action and condition a stored rule property means (the reverse of <see cref="ForAction"/>).</summary>
    public static (RuleAction Action, string Condition) FromProperty(string property, string formula) => property switch
    {
        "visibleWhen" when formula.StartsWith("!(", StringComparison.Ordinal) && formula.EndsWith(')') => (RuleAction.Hide, formula[2..^1]),
        "visibleWhen" => (RuleAction.Show, formula),
        "requiredWhen" => (RuleAction.Require, formula),
        _ => (RuleAction.MakeReadOnly, formula),
    };

    private static string Condition(RuleCondition c, FieldType? type)
    {
        var many = type is FieldType.Checkbox or FieldType.MultiSelect;
        var value = Literal(c.Value, type);
        return c.Operator switch
        {
            RuleOperator.IsEmpty => $"ISEMPTY({c.Field})",
            RuleOperator.IsNotEmpty => $"!ISEMPTY({c.Field})",
            RuleOperator.Contains => $"CONTAINS({c.Field}, {value})",
            RuleOperator.Equals when many => $"CONTAINS({c.Field}, {value})",
            RuleOperator.NotEquals when many => $"!CONTAINS({c.Field}, {value})",
            RuleOperator.Equals => $"{c.Field} == {value}",
            RuleOperator.NotEquals => $"{c.Field} != {value}",
            RuleOperator.Greater => $"{c.Field} > {value}",
            RuleOperator.GreaterOrEqual => $"{c.Field} >= {value}",
            RuleOperator.Less => $"{c.Field} < {value}",
            _ => $"{c.Field} <= {value}",
        };
    }

    // Numbers compare as numbers and switches as booleans; everything else (options, text, dates) as quoted text.
    private static string Literal(string? value, FieldType? type)
    {
        var text = value ?? "";
        if (type is FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating or FieldType.Formula
            && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        if (type == FieldType.Switch && bool.TryParse(text, out var flag))
        {
            return flag ? "true" : "false";
        }
        var quoted = new StringBuilder("'");
        foreach (var ch in text)
        {
            quoted.Append(ch switch { '\\' => "\\\\", '\'' => "\\'", '\n' => "\\n", _ => ch.ToString() });
        }
        return quoted.Append('\'').ToString();
    }

    private static RuleCondition ToCondition(Match m)
    {
        var field = m.Groups["f"].Value;
        var value = m.Groups["v"].Success ? Unquote(m.Groups["v"].Value) : null;
        var op = m.Groups["fn"].Value switch
        {
            "ISEMPTY" => m.Groups["not"].Success ? RuleOperator.IsNotEmpty : RuleOperator.IsEmpty,
            "CONTAINS" => m.Groups["not"].Success ? RuleOperator.NotEquals : RuleOperator.Contains,
            _ => m.Groups["op"].Value switch
            {
                "==" => RuleOperator.Equals,
                "!=" => RuleOperator.NotEquals,
                ">" => RuleOperator.Greater,
                ">=" => RuleOperator.GreaterOrEqual,
                "<" => RuleOperator.Less,
                _ => RuleOperator.LessOrEqual,
            },
        };
        return new RuleCondition(field, op, value);
    }

    private static string Unquote(string literal)
    {
        if (!literal.StartsWith('\''))
        {
            return literal;
        }
        var text = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var ch = literal[i];
            if (ch == '\\' && i + 2 < literal.Length)
            {
                ch = literal[++i] == 'n' ? '\n' : literal[i];
            }
            text.Append(ch);
        }
        return text.ToString();
    }

    private const string Field = @"(?<f>[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)?)";
    private const string Value = @"(?<v>'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false)";

    [GeneratedRegex(@"\G(?:(?<not>!)?(?<fn>ISEMPTY)\(" + Field + @"\)|(?<not>!)?(?<fn>CONTAINS)\(" + Field + @", " + Value + @"\)|" + Field + @" (?<op>==|!=|>=|<=|>|<) " + Value + ")")]
    private static partial Regex ConditionPattern();

    [GeneratedRegex(@"\G (?<j>&&|\|\|) ")]
    private static partial Regex JoinPattern();
}
