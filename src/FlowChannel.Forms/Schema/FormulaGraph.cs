namespace FlowChannel.Forms.Schema;

/// <summary>
/// Checks what the formulas of a form reference, once every field is read: each reference must be a field of the
/// form that holds a value, and formulas must not depend on themselves through any chain (every cycle is reported,
/// named like <c>total → tax → total</c>). Gives the order in which formulas are computed: dependencies first.
/// </summary>
internal static class FormulaGraph
{
    private enum Mark
    {
        None,
        Visiting,
        Done,
    }

    /// <param name="fields">The parsed fields with the pointer of each.</param>
    /// <param name="declaredKeys">Every key written in the file, also of fields that failed to parse (they are reported already).</param>
    /// <param name="reader">Collects the problems.</param>
    internal static FieldDefinition[] Check(
        IReadOnlyList<(FieldDefinition Field, string Pointer)> fields, HashSet<string> declaredKeys, SchemaReader reader)
    {
        var byKey = new Dictionary<string, (FieldDefinition Field, string Pointer)>(StringComparer.Ordinal);
        foreach (var entry in fields)
        {
            byKey.TryAdd(entry.Field.Key, entry);
        }

        var formulas = new List<(FieldDefinition Field, string Pointer)>();
        foreach (var (field, pointer) in fields)
        {
            if (field.Formula is not { } formula)
            {
                continue;
            }

            formulas.Add((field, pointer));
            var formulaPointer = JsonPointer.Append(pointer, "formula");
            foreach (var key in formula.Dependencies)
            {
                if (byKey.TryGetValue(key, out var target))
                {
                    if (!target.Field.HasValue)
                    {
                        reader.Error(formulaPointer,
                            $"The formula references \"{key}\", a {FieldTypeNames.NameOf(target.Field.Type)} that is display only and holds no value.");
                    }
                }
                else if (!declaredKeys.Contains(key))
                {
                    reader.Error(formulaPointer, $"The formula references \"{key}\", which is not a field of this form.");
                }
            }
        }

        var order = new List<FieldDefinition>(formulas.Count);
        var marks = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var (field, _) in formulas)
        {
            Visit(field.Key, byKey, marks, path, order, reader);
        }

        return [.. order];
    }

    // Depth-first: a dependency met while it is still on the path closes a cycle; finished formulas go to the order.
    private static void Visit(
        string key,
        Dictionary<string, (FieldDefinition Field, string Pointer)> byKey,
        Dictionary<string, Mark> marks,
        List<string> path,
        List<FieldDefinition> order,
        SchemaReader reader)
    {
        if (marks.GetValueOrDefault(key) != Mark.None || !byKey.TryGetValue(key, out var entry) || entry.Field.Formula is not { } formula)
        {
            return;
        }

        marks[key] = Mark.Visiting;
        path.Add(key);
        foreach (var dependency in formula.Dependencies)
        {
            switch (marks.GetValueOrDefault(dependency))
            {
                case Mark.None:
                    Visit(dependency, byKey, marks, path, order, reader);
                    break;
                case Mark.Visiting:
                    var start = path.IndexOf(dependency);
                    var cycle = string.Join(" → ", path.Skip(start).Append(dependency));
                    reader.Error(JsonPointer.Append(byKey[dependency].Pointer, "formula"),
                        $"Formula cycle: {cycle}; a formula cannot depend on its own value.");
                    break;
                default:
                    break;
            }
        }

        path.RemoveAt(path.Count - 1);
        marks[key] = Mark.Done;
        order.Add(entry.Field);
    }
}
