namespace FlowChannel.Forms.Schema;

/// <summary>
/// Checks what every formula of a form references, once every field is read: a field of the form that holds a value,
/// a column of a subform (<c>lines.amount</c>), or inside a subform a column of the current row (<c>row.qty</c>).
/// Formula fields must not depend on themselves through any chain (every cycle is reported, named like
/// <c>total → tax → total</c>). Gives the order in which formula fields are computed, form fields and subform
/// columns mixed: each after everything it reads.
/// </summary>
internal sealed class FormulaGraph
{
    private enum Mark
    {
        None,
        Visiting,
        Done,
    }

    private readonly Dictionary<string, (FieldDefinition Field, string Pointer)> _top = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (FieldDefinition Field, string Pointer)> _nodes = new(StringComparer.Ordinal);
    private readonly KeyScope _topScope;
    private readonly SchemaReader _reader;
    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];
    private readonly List<FieldDefinition> _order = [];

    private FormulaGraph(KeyScope top, SchemaReader reader)
    {
        _topScope = top;
        _reader = reader;
    }

    internal static FieldDefinition[] Check(
        KeyScope top, List<(FieldDefinition Subform, KeyScope Columns)> subforms, List<FormulaSite> sites, SchemaReader reader)
    {
        var graph = new FormulaGraph(top, reader);
        foreach (var entry in top.Fields)
        {
            graph._top.TryAdd(entry.Field.Key, entry);
            graph._nodes.TryAdd(entry.Field.Key, entry);
        }

        foreach (var (subform, columns) in subforms)
        {
            foreach (var entry in columns.Fields)
            {
                graph._nodes.TryAdd(NodeOf(subform.Key, entry.Field.Key), entry);
            }
        }

        foreach (var site in sites)
        {
            graph.CheckReferences(site);
        }

        foreach (var entry in top.Fields)
        {
            graph.CheckLocalKeys(entry.Field, entry.Pointer, null);
        }

        foreach (var (subform, columns) in subforms)
        {
            foreach (var entry in columns.Fields)
            {
                graph.CheckLocalKeys(entry.Field, entry.Pointer, subform);
            }
        }

        foreach (var (id, entry) in graph._nodes)
        {
            if (entry.Field.Formula is not null)
            {
                graph.Visit(id);
            }
        }

        return [.. graph._order];
    }

    /// <summary>The id of a subform column in the graph: <c>lines.amount</c>.</summary>
    internal static string NodeOf(string? subformKey, string key) => subformKey is null ? key : subformKey + "." + key;

    private void CheckReferences(FormulaSite site)
    {
        foreach (var text in site.Formula.Compiled.References)
        {
            var (root, member) = FieldReference.Parse(text);
            if (root == SubformLimits.RowKeyword)
            {
                CheckRowReference(site, member);
            }
            else if (_top.TryGetValue(root, out var target))
            {
                if (!target.Field.HasValue)
                {
                    _reader.Error(site.Pointer,
                        $"The formula references \"{root}\", a {FieldTypeNames.NameOf(target.Field.Type)} that is display only and holds no value.");
                }
                else if (target.Field.Type == FieldType.Subform && member is not null && !target.Field.SubFieldIndex.ContainsKey(member))
                {
                    _reader.Error(site.Pointer, $"The formula references \"{root}.{member}\", but subform \"{root}\" has no column \"{member}\".");
                }
            }
            else if (!_topScope.Declared.Contains(root))
            {
                var hint = site.SubformKey is { } s && _nodes.ContainsKey(NodeOf(s, root)) ? $" Use row.{root} for this row's column." : "";
                _reader.Error(site.Pointer, $"The formula references \"{root}\", which is not a field of this form.{hint}");
            }
        }
    }

    private void CheckRowReference(FormulaSite site, string? member)
    {
        if (site.SubformKey is null)
        {
            _reader.Error(site.Pointer, "\"row\" is only available in a subform's columns, where it is the current row.");
        }
        else if (member is null || !_nodes.TryGetValue(NodeOf(site.SubformKey, member), out var column))
        {
            _reader.Error(site.Pointer, $"The formula references \"row.{member}\", but subform \"{site.SubformKey}\" has no column \"{member}\".");
        }
        else if (!column.Field.HasValue)
        {
            _reader.Error(site.Pointer, $"The formula references \"row.{member}\", which holds no value.");
        }
    }

    // Keys a field names outside formulas: the field its options depend on, the fields a link copies into.
    private void CheckLocalKeys(FieldDefinition field, string pointer, FieldDefinition? subform)
    {
        if (field.OptionsDependOn is { } parent && !Exists(parent, subform))
        {
            _reader.Error(JsonPointer.Append(pointer, "optionsDependOn"), $"\"{parent}\" is not a field of this form{(subform is null ? "" : " or row")}.");
        }

        foreach (var (local, _) in field.Link?.Copy ?? new Dictionary<string, string>())
        {
            var target = subform is null ? _top.GetValueOrDefault(local).Field : subform.SubFieldIndex.GetValueOrDefault(local);
            if (target is null || !target.IsInput || target.Type == FieldType.Subform)
            {
                _reader.Error(JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(pointer, "link"), "copy"), local),
                    $"\"{local}\" is not an input field {(subform is null ? "of this form" : "of this row")} that a link can copy into.");
            }
        }
    }

    private bool Exists(string key, FieldDefinition? subform) =>
        (subform is not null && subform.SubFieldIndex.ContainsKey(key)) || (_top.TryGetValue(key, out var f) && f.Field.HasValue);

    // Depth-first: a dependency met while it is still on the path closes a cycle; finished formulas go to the order.
    private void Visit(string id)
    {
        if (_marks.GetValueOrDefault(id) != Mark.None || !_nodes.TryGetValue(id, out var entry) || entry.Field.Formula is not { } formula)
        {
            return;
        }

        _marks[id] = Mark.Visiting;
        _path.Add(id);
        foreach (var dependency in DependenciesOf(entry.Field, formula))
        {
            switch (_marks.GetValueOrDefault(dependency))
            {
                case Mark.None:
                    Visit(dependency);
                    break;
                case Mark.Visiting:
                    var start = _path.IndexOf(dependency);
                    var cycle = string.Join(" → ", _path.Skip(start).Append(dependency));
                    _reader.Error(JsonPointer.Append(_nodes[dependency].Pointer, "formula"),
                        $"Formula cycle: {cycle}; a formula cannot depend on its own value.");
                    break;
                default:
                    break;
            }
        }

        _path.RemoveAt(_path.Count - 1);
        _marks[id] = Mark.Done;
        _order.Add(entry.Field);
    }

    private IEnumerable<string> DependenciesOf(FieldDefinition field, FieldFormula formula)
    {
        foreach (var text in formula.Compiled.References)
        {
            var (root, member) = FieldReference.Parse(text);
            if (root == SubformLimits.RowKeyword && member is not null)
            {
                yield return NodeOf(field.SubformKey, member);
            }
            else if (_top.TryGetValue(root, out var target) && target.Field.Type == FieldType.Subform)
            {
                // A whole subform read (LOOKUP, COUNT) needs every computed column; a column read needs that column.
                // A column's own formula is not among what it reads (COUNT(lines) in a column is not a cycle).
                var columns = member is null ? target.Field.SubFields.Select(c => c.Key) : [member];
                foreach (var column in columns)
                {
                    if (!(root == field.SubformKey && column == field.Key))
                    {
                        yield return NodeOf(root, column);
                    }
                }
            }
            else
            {
                yield return root;
            }
        }
    }
}
