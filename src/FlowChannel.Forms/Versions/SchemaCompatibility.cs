using FlowChannel.Forms.Schema;

namespace FlowChannel.Forms.Versions;

/// <summary>
/// Compares a candidate version of a form with the version published before it. Records pin the version they were
/// written with and keep their data as stored, so the question is only whether that data still means the same under
/// the new version: a lossy type change is refused; removed fields and options are reported but allowed.
/// </summary>
public static class SchemaCompatibility
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<CompatibilityProblem> Check(FormSchema published, FormSchema candidate)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(candidate);
        var problems = new List<CompatibilityProblem>();
        if (!string.Equals(published.Id, candidate.Id, StringComparison.Ordinal))
        {
            problems.Add(new(CompatibilityKind.Refusal, "/id", CompatibilityCodes.IdMismatch,
                $"The schema's id \"{candidate.Id}\" is not the form's id \"{published.Id}\"; a new version must keep the id."));
        }
        if (candidate.Version <= published.Version)
        {
            problems.Add(new(CompatibilityKind.Refusal, "/version", CompatibilityCodes.VersionNotGreater,
                $"Version {candidate.Version} is not greater than the published version {published.Version}."));
        }

        CompareScopes(FieldScope.Of(published), FieldScope.Of(candidate), problems);
        return problems;
    }

    private static void CompareScopes(FieldScope published, FieldScope candidate, List<CompatibilityProblem> problems)
    {
        foreach (var field in candidate.Fields)
        {
            var pointer = candidate.PointerOf(field);
            if (published.Find(field.Key) is { } old)
            {
                CompareField(old, field, pointer, candidate.Prefix, problems);
            }
            else if (field.HasValue)
            {
                problems.Add(new(CompatibilityKind.Info, pointer, CompatibilityCodes.FieldAdded,
                    $"Field {Name(field, candidate.Prefix)} is new; existing records have no value for it and show {(field.DefaultValue is null ? "it empty" : "its default")}.",
                    field.Key));
            }
        }

        foreach (var old in published.Fields)
        {
            if (old.HasValue && candidate.Find(old.Key) is null)
            {
                problems.Add(Removed(old, published.Prefix, published.Prefix + old.Key));
            }
        }
    }

    private static void CompareField(FieldDefinition old, FieldDefinition field, string pointer, string prefix, List<CompatibilityProblem> problems)
    {
        if (!old.HasValue)
        {
            // A heading, a note or a layout item stored nothing, so it may become anything.
            return;
        }
        if (!field.HasValue)
        {
            problems.Add(Removed(old, prefix, JsonPointer.Append(pointer, "type")));
            return;
        }
        if (!TypeConversions.IsSafe(old.Type, field.Type))
        {
            problems.Add(new(CompatibilityKind.Refusal, JsonPointer.Append(pointer, "type"), CompatibilityCodes.LossyTypeChange,
                $"Field {Name(field, prefix)} cannot change from {FieldTypeNames.NameOf(old.Type)} to {FieldTypeNames.NameOf(field.Type)}: " +
                $"{LossReason(old.Type, field.Type)} Keep the type, or add a new field with a new key.",
                field.Key));
            return;
        }
        if (old.Type == FieldType.Subform && field.Type == FieldType.Subform)
        {
            CompareScopes(FieldScope.OfSubform(old, string.Empty), FieldScope.OfSubform(field, pointer), problems);
        }
        if (old.IsChoice && field.IsChoice)
        {
            var removed = old.Options.Select(o => o.Value).Where(v => !field.OptionIndex.ContainsKey(v)).ToList();
            if (removed.Count > 0)
            {
                problems.Add(new(CompatibilityKind.Warning, JsonPointer.Append(pointer, "options"), CompatibilityCodes.OptionRemoved,
                    $"Field {Name(field, prefix)} no longer offers {Quoted(removed)}; existing records that chose {(removed.Count == 1 ? "it" : "them")} keep the value, but it can no longer be picked.",
                    field.Key));
            }
        }
    }

    private static CompatibilityProblem Removed(FieldDefinition old, string prefix, string path) =>
        new(CompatibilityKind.Info, path, CompatibilityCodes.FieldRemoved,
            $"Field {Name(old, prefix)} is removed; existing records keep their value and show it in their history, new records do not ask for it.",
            old.Key);

    private static string LossReason(FieldType from, FieldType to) => (from, to) switch
    {
        (FieldType.Textarea, FieldType.Text) => "multi-line text would not fit a single line.",
        (FieldType.DateTime, FieldType.Date) => "the time of day of existing values would be lost.",
        _ => LossReasonByKind(from, to),
    };

    private static string LossReasonByKind(FieldType from, FieldType to) => (Kind(from), Kind(to)) switch
    {
        ("list", "one") or ("list", "reference") => "a record with several choices would have to drop all but one.",
        ("number", "number") => "existing numbers would be read in a different unit or scale.",
        ("text", "number") => "existing text values are not numbers.",
        (var a, var b) when a != b => $"existing records hold {Describe(from)}, which a {FieldTypeNames.NameOf(to)} field cannot hold.",
        _ => $"existing {FieldTypeNames.NameOf(from)} values are not all valid {FieldTypeNames.NameOf(to)} values.",
    };

    private static string Kind(FieldType type) => type switch
    {
        FieldType.Text or FieldType.Textarea or FieldType.Email or FieldType.Phone or FieldType.Url or FieldType.Serial => "text",
        FieldType.Number or FieldType.Money or FieldType.Percent or FieldType.Rating => "number",
        FieldType.Radio or FieldType.Select => "one",
        FieldType.Checkbox or FieldType.MultiSelect or FieldType.Members or FieldType.Departments => "list",
        FieldType.Date or FieldType.DateTime or FieldType.Time => "date",
        FieldType.Member or FieldType.Department or FieldType.Link => "reference",
        _ => FieldTypeNames.NameOf(type),
    };

    private static string Describe(FieldType type) => Kind(type) switch
    {
        "text" => "text",
        "number" => "numbers",
        "one" => "one option value each",
        "list" => type is FieldType.Checkbox or FieldType.MultiSelect ? "lists of option values" : "lists of references",
        "reference" => "references to users, departments or records",
        "date" => "dates or times",
        _ => $"{FieldTypeNames.NameOf(type)} values",
    };

    private static string Name(FieldDefinition field, string prefix)
    {
        var label = field.Label.Resolve(English);
        return string.Equals(label, field.Key, StringComparison.Ordinal) || label.Length == 0
            ? $"\"{prefix}{field.Key}\""
            : $"\"{prefix}{field.Key}\" ({label})";
    }

    private static string Quoted(List<string> values) =>
        values.Count <= 5
            ? string.Join(", ", values.Select(v => $"\"{v}\""))
            : string.Join(", ", values.Take(5).Select(v => $"\"{v}\"")) + $" and {values.Count - 5} more";
}
