using System.Collections.Concurrent;

namespace FlowChannel.Forms.Schema;

/// <summary>
/// The dependency graph of one form version, for recomputing only what a change affects. Values are named by node:
/// <c>price</c> for a field of the form, <c>lines.qty</c> for a subform column (any row), <c>lines</c> for the subform's
/// rows as a whole (a row added or removed). Answers are computed once per node and cached: the schema is shared.
/// </summary>
public sealed class FormDependencies
{
    private readonly Dictionary<string, List<FieldDefinition>> _formulaReaders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FieldDefinition>> _ruleReaders = new(StringComparer.Ordinal);
    private readonly Dictionary<FieldDefinition, int> _orderIndex = [];
    private readonly Dictionary<string, string[]> _columnsOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Affected> _cache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    internal FormDependencies(FormSchema schema)
    {
        for (var i = 0; i < schema.FormulaOrderArray.Length; i++)
        {
            _orderIndex[schema.FormulaOrderArray[i]] = i;
        }

        foreach (var field in schema.FieldArray)
        {
            _known.Add(field.Key);
            Register(schema, field);
            if (field.Type == FieldType.Subform)
            {
                _columnsOf[field.Key] = [.. field.SubFields.Select(c => FormulaGraph.NodeOf(field.Key, c.Key))];
                foreach (var column in field.SubFields)
                {
                    _known.Add(FormulaGraph.NodeOf(field.Key, column.Key));
                    Register(schema, column);
                }
            }
        }
    }

    /// <summary>The formula fields to recompute after <paramref name="node"/> changed, in computing order (transitively).</summary>
    public IReadOnlyList<FieldDefinition> FormulasAffectedBy(string node) => Get(node).Formulas;

    /// <summary>
    /// The fields whose rules (visibility, required, read-only, option linkage) read <paramref name="node"/> or a formula
    /// it changes, so they must be evaluated again.
    /// </summary>
    public IReadOnlyList<FieldDefinition> RulesAffectedBy(string node) => Get(node).Rules;

    // Only nodes of the form are cached: a name from outside (a typo, a caller's guess) is answered without being kept.
    private Affected Get(string node) => _known.Contains(node) ? _cache.GetOrAdd(node, Compute) : Compute(node);

    private Affected Compute(string node)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var formulas = new HashSet<FieldDefinition>();
        var queue = new Queue<string>();
        Enqueue(node, changed, queue);
        while (queue.TryDequeue(out var current))
        {
            foreach (var reader in _formulaReaders.GetValueOrDefault(current) ?? [])
            {
                if (formulas.Add(reader))
                {
                    Enqueue(FormulaGraph.NodeOf(reader.SubformKey, reader.Key), changed, queue);
                }
            }
        }

        var rules = changed.SelectMany(n => _ruleReaders.GetValueOrDefault(n) ?? []).Distinct().ToArray();
        return new Affected([.. formulas.OrderBy(f => _orderIndex.GetValueOrDefault(f))], rules);
    }

    // A changed cell also changes its subform as a whole (what COUNT(lines) reads), but not the subform's other
    // columns: only a changed row set (node "lines" itself) changes every column.
    private void Enqueue(string node, HashSet<string> changed, Queue<string> queue)
    {
        if (!changed.Add(node))
        {
            return;
        }

        queue.Enqueue(node);
        var dot = node.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            if (changed.Add(node[..dot]))
            {
                queue.Enqueue(node[..dot]);
            }
        }
        else if (_columnsOf.TryGetValue(node, out var columns))
        {
            foreach (var column in columns)
            {
                Enqueue(column, changed, queue);
            }
        }
    }

    private void Register(FormSchema schema, FieldDefinition field)
    {
        if (field.Formula is { } formula)
        {
            foreach (var node in NodesRead(schema, field, formula))
            {
                Add(_formulaReaders, node, field);
            }
        }

        foreach (var rule in new[] { field.VisibleWhen, field.RequiredWhen, field.ReadOnlyWhen })
        {
            foreach (var node in rule is null ? [] : NodesRead(schema, field, rule))
            {
                Add(_ruleReaders, node, field);
            }
        }

        if (field.OptionsDependOn is { } parent)
        {
            Add(_ruleReaders, field.OptionsParentInRow ? FormulaGraph.NodeOf(field.SubformKey, parent) : parent, field);
        }
    }

    private static IEnumerable<string> NodesRead(FormSchema schema, FieldDefinition field, FieldFormula formula)
    {
        foreach (var text in formula.Compiled.References)
        {
            var reference = FieldReference.Parse(text);
            if (reference.IsRow)
            {
                yield return FormulaGraph.NodeOf(field.SubformKey, reference.Member!);
            }
            else if (reference.Member is not null && schema.FindField(reference.Root)?.Type == FieldType.Subform)
            {
                yield return text;
            }
            else
            {
                yield return reference.Root;
            }
        }
    }

    private static void Add(Dictionary<string, List<FieldDefinition>> map, string node, FieldDefinition field)
    {
        if (!map.TryGetValue(node, out var list))
        {
            map[node] = list = [];
        }

        if (!list.Contains(field))
        {
            list.Add(field);
        }
    }

    private sealed record Affected(FieldDefinition[] Formulas, FieldDefinition[] Rules);
}
