using System.Text.Json.Nodes;

namespace FlowChannel.Application.Automations.Rules;

/// <summary>Reads one entry of a rule's <c>actions</c>; what each type needs is checked here, with pointers.</summary>
internal static class AutomationActionReader
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [AutomationActionKinds.AddRecord] = ["form", "fields"],
        [AutomationActionKinds.UpdateRecords] = ["form", "where", "fields"],
        [AutomationActionKinds.UpsertRecord] = ["form", "keys", "fields"],
        [AutomationActionKinds.DeleteRecords] = ["form", "where"],
        [AutomationActionKinds.StartWorkflow] = ["workflow"],
        [AutomationActionKinds.Notify] = ["to", "subject", "body"],
    };

    public static AutomationAction? Read(AutomationRuleParser.Reader r, string at, JsonNode? node)
    {
        if (node is not JsonObject action)
        {
            r.Error(at, "An action is an object with a 'type'.");
            return null;
        }
        var type = r.Text(action, at, "type", required: true);
        if (type is null)
        {
            return null;
        }
        if (!Allowed.TryGetValue(type, out var allowed))
        {
            r.Error($"{at}/type", $"Unknown action type '{type}'; one of {string.Join(", ", AutomationActionKinds.All)}.");
            return null;
        }
        foreach (var (property, _) in action)
        {
            if (property != "type" && !allowed.Contains(property))
            {
                r.Error($"{at}/{property}", $"A {type} action has no '{property}'.");
            }
        }
        var isRecordAction = type is AutomationActionKinds.AddRecord or AutomationActionKinds.UpdateRecords or AutomationActionKinds.UpsertRecord or AutomationActionKinds.DeleteRecords;
        var form = isRecordAction ? r.Text(action, at, "form", required: true) : null;
        var fields = allowed.Contains("fields") ? r.Formulas(action, at, "fields", required: true) : new Dictionary<string, string>();
        var where = allowed.Contains("where") ? r.Formulas(action, at, "where", required: true) : new Dictionary<string, string>();
        var keys = allowed.Contains("keys") ? r.Strings(action, at, "keys") : [];
        if (type == AutomationActionKinds.UpsertRecord)
        {
            if (keys.Count == 0)
            {
                r.Error($"{at}/keys", "An upsert needs 'keys': the mapped fields that find the record to update.");
            }
            foreach (var (keyField, i) in keys.Select((k, i) => (k, i)).Where(k => !fields.ContainsKey(k.k)))
            {
                r.Error($"{at}/keys/{i}", $"Key '{keyField}' is not one of the mapped 'fields'.");
            }
        }
        var workflow = type == AutomationActionKinds.StartWorkflow ? r.Text(action, at, "workflow", required: true) : null;
        IReadOnlyList<string> to = [];
        string? subject = null, body = null;
        if (type == AutomationActionKinds.Notify)
        {
            to = r.Strings(action, at, "to");
            if (to.Count == 0 && action["to"] is null)
            {
                r.Error($"{at}/to", "A notification needs 'to': user names, 'role:name' or 'field:memberField'.");
            }
            subject = r.Text(action, at, "subject", required: true);
            body = r.Text(action, at, "body", required: false);
        }
        return new AutomationAction(at, type, form, fields, where, keys, workflow, to, subject, body);
    }
}
