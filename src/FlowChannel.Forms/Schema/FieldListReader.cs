namespace FlowChannel.Forms.Schema;

/// <summary>The fields of a form as read: the layout tree, every field in document order, formulas and their order.</summary>
internal sealed record FieldList(
    FieldDefinition[] Layout,
    FieldDefinition[] Fields,
    FieldDefinition[] FormulaOrder,
    FieldCheck[] SubmitChecks);

/// <summary>
/// Reads the <c>fields</c> array, descending into tabs, columns and subforms. Keys are unique across the whole form
/// (whatever tab or column a field sits in), and separately among each subform's columns.
/// </summary>
internal sealed class FieldListReader
{
    private readonly SchemaReader _reader;
    private readonly List<FormulaSite> _sites = [];
    private readonly KeyScope _top = new();
    private readonly List<(FieldDefinition Subform, KeyScope Columns)> _subforms = [];

    private FieldListReader(SchemaReader reader) => _reader = reader;

    /// <summary>Reads <c>fields</c> and <c>submitChecks</c> of the form <paramref name="root"/>, then checks every formula's references.</summary>
    internal static FieldList Read(JsonObject root, SchemaReader reader)
    {
        var lists = new FieldListReader(reader);
        var level = new FieldLevel(null, 0, lists._sites);
        var layout = lists.ReadItems(root["fields"], "/fields", lists._top, level, root: true);
        var submitChecks = CheckReader.Read(root, string.Empty, "submitChecks", reader, level);
        var order = FormulaGraph.Check(lists._top, lists._subforms, lists._sites, reader);
        return new FieldList([.. layout], [.. lists._top.Fields.Select(f => f.Field)], order, [.. submitChecks]);
    }

    private List<FieldDefinition> ReadItems(JsonNode? node, string pointer, KeyScope scope, FieldLevel level, bool root = false)
    {
        if (node is not JsonArray array || array.Count == 0)
        {
            _reader.Error(pointer, node is null ? "\"fields\" is required." : "\"fields\" must be a non-empty array of fields.");
            return [];
        }

        var items = new List<FieldDefinition>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var fieldPointer = JsonPointer.Append(pointer, i);
            var field = FieldParser.Parse(array[i], fieldPointer, _reader, level);
            scope.Declare(array[i], fieldPointer, _reader);
            if (field is null)
            {
                continue;
            }

            if (level.SubformKey is not null && !FitsInSubform(field))
            {
                _reader.Error(JsonPointer.Append(fieldPointer, "type"), field.Type == FieldType.Subform
                    ? $"Subforms cannot be nested: a subform holds at most {SubformLimits.MaxNesting} level of rows."
                    : $"A {FieldTypeNames.NameOf(field.Type)} cannot be a column of a subform.");
            }

            scope.Fields.Add((field, fieldPointer));
            items.Add(field);
            var obj = (JsonObject)array[i]!;
            if (field.IsContainer)
            {
                field.Panes = ReadPanes(field, obj, fieldPointer, scope, level);
            }
            else if (field.Type == FieldType.Subform)
            {
                ReadColumns(field, obj, fieldPointer, level);
            }
        }

        if (root && items.Count == 0 && _reader.ErrorCount == 0)
        {
            _reader.Error(pointer, "\"fields\" must hold at least one field.");
        }

        return items;
    }

    private LayoutPane[] ReadPanes(FieldDefinition container, JsonObject obj, string pointer, KeyScope scope, FieldLevel level)
    {
        var isTabs = container.Type == FieldType.Tabs;
        var name = isTabs ? "tabs" : "columns";
        var at = JsonPointer.Append(pointer, name);
        var (min, max) = isTabs ? (1, 20) : (2, 4);
        if (obj[name] is not JsonArray panes || panes.Count < min || panes.Count > max)
        {
            if (obj[name] is not null)
            {
                _reader.Error(at, $"\"{name}\" must be an array of {min} to {max} {{ {(isTabs ? "\"label\", " : "")}\"fields\" }} objects.");
            }

            return [];
        }

        if (level.Depth + 1 > FieldLevel.MaxLayoutDepth)
        {
            _reader.Error(at, $"Tabs and columns nest at most {FieldLevel.MaxLayoutDepth} levels deep.");
            return [];
        }

        var result = new List<LayoutPane>(panes.Count);
        for (var i = 0; i < panes.Count; i++)
        {
            var paneAt = JsonPointer.Append(at, i);
            if (panes[i] is not JsonObject pane)
            {
                _reader.Error(paneAt, $"Each of \"{name}\" must be an object with \"fields\".");
                continue;
            }

            foreach (var (property, _) in pane)
            {
                if (property is not ("fields" or "label") || (property == "label" && !isTabs))
                {
                    _reader.Error(JsonPointer.Append(paneAt, property), $"Unknown property \"{property}\" of {(isTabs ? "a tab" : "a column")}.");
                }
            }

            var label = isTabs ? _reader.ReadText(pane, paneAt, "label", required: true) : null;
            var items = ReadItems(pane["fields"], JsonPointer.Append(paneAt, "fields"), scope, level with { Depth = level.Depth + 1 });
            result.Add(new LayoutPane(label, items.AsReadOnly()));
        }

        return [.. result];
    }

    private void ReadColumns(FieldDefinition subform, JsonObject obj, string pointer, FieldLevel level)
    {
        if (level.SubformKey is not null || obj["fields"] is null)
        {
            return;
        }

        var columns = new KeyScope();
        var errorsBefore = _reader.ErrorCount;
        var items = ReadItems(obj["fields"], JsonPointer.Append(pointer, "fields"), columns, level with { SubformKey = subform.Key, Depth = 0 });
        if (items.Count > SubformLimits.MaxColumns)
        {
            _reader.Error(JsonPointer.Append(pointer, "fields"), $"A subform has at most {SubformLimits.MaxColumns} columns.");
        }

        subform.SetColumns(items.AsReadOnly());
        foreach (var column in items)
        {
            column.OptionsParentInRow = column.OptionsDependOn is { } parent && subform.SubFieldIndex.ContainsKey(parent);
        }

        _subforms.Add((subform, columns));
        if (_reader.ErrorCount == errorsBefore && obj["defaultRows"] is { } rows)
        {
            DefaultRowsReader.Apply(subform, rows, JsonPointer.Append(pointer, "defaultRows"), _reader);
        }
    }

    private static bool FitsInSubform(FieldDefinition field) =>
        field.HasValue && field.Type is not (FieldType.Subform or FieldType.Serial);
}

/// <summary>The fields read into one key space (the form, or one subform's columns) and the keys declared in it.</summary>
internal sealed class KeyScope
{
    // Case-insensitive: keys become columns and index names, and SQL Server compares those without case.
    private readonly Dictionary<string, string> _firstPointer = new(StringComparer.OrdinalIgnoreCase);

    internal List<(FieldDefinition Field, string Pointer)> Fields { get; } = [];

    /// <summary>Every key written, also of fields that failed to parse (their problems are reported already).</summary>
    internal HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

    internal void Declare(JsonNode? node, string pointer, SchemaReader reader)
    {
        if ((node as JsonObject)?["key"] is not JsonValue keyNode || !keyNode.TryGetValue<string>(out var key))
        {
            return;
        }

        Declared.Add(key);
        if (!_firstPointer.TryAdd(key, pointer))
        {
            reader.Error(JsonPointer.Append(pointer, "key"),
                $"Duplicate field key \"{key}\" (first at {_firstPointer[key]}); keys are unique ignoring case.");
        }
    }
}
