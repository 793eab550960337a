using System.Text.Json.Nodes;

namespace FlowChannel.Web.Designer;

/// <summary>
/// The rules of a form as the rule editor sees them, read from and written to the fields' <c>visibleWhen</c>,
/// <c>requiredWhen</c> and <c>readOnlyWhen</c>. Rules here are on form fields; a subform column's per-row rules are
/// edited in its property panel.
/// </summary>
public sealed class FormRules(FormDocument document)
{
    private static readonly string[] Properties = ["visibleWhen", "requiredWhen", "readOnlyWhen"];

    public IReadOnlyList<DesignedRule> List()
    {
        var rules = new List<(RuleAction Action, string Condition, List<string> Targets)>();
        foreach (var (_, node) in FormFields())
        {
            foreach (var property in Properties)
            {
                if (node[property] is JsonValue value && value.TryGetValue<string>(out var formula) && SchemaItems.KeyOf(node) is { } key)
                {
                    var (action, condition) = RuleFormula.FromProperty(property, formula);
                    var same = rules.FindIndex(r => r.Action == action && r.Condition == condition);
                    if (same >= 0)
                    {
                        rules[same].Targets.Add(key);
                    }
                    else
                    {
                        rules.Add((action, condition, [key]));
                    }
                }
            }
        }
        return [.. rules.Select(r => new DesignedRule(r.Action, r.Condition, r.Targets))];
    }

    /// <summary>Writes a rule onto its targets, replacing <paramref name="previous"/> (the rule being edited) if given.</summary>
    public void Save(DesignedRule rule, DesignedRule? previous = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        document.Edit(root =>
        {
            if (previous is not null)
            {
                Clear(root, previous);
            }
            var (property, formula) = RuleFormula.ForAction(rule.Action, rule.Condition);
            foreach (var (_, node) in FormFields(root).Where(f => rule.Targets.Contains(SchemaItems.KeyOf(f.Node) ?? "")))
            {
                node[property] = formula;
            }
        });
    }

    public void Delete(DesignedRule rule) => document.Edit(root => Clear(root, rule));

    private static void Clear(JsonObject root, DesignedRule rule)
    {
        var (property, formula) = RuleFormula.ForAction(rule.Action, rule.Condition);
        foreach (var (_, node) in FormFields(root).Where(f => rule.Targets.Contains(SchemaItems.KeyOf(f.Node) ?? "")))
        {
            if (node[property] is JsonValue value && value.TryGetValue<string>(out var stored) && stored == formula)
            {
                node.Remove(property);
            }
        }
    }

    private IEnumerable<(string Pointer, JsonObject Node)> FormFields() => FormFields(document.Root);

    private static IEnumerable<(string Pointer, JsonObject Node)> FormFields(JsonObject root) =>
        SchemaItems.InOrder(root)
            .Where(p => SchemaItems.SubformOwning(root, p) is null)
            .Select(p => (p, SchemaPointer.Resolve(root, p) as JsonObject))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.p, p.Item2!));
}
