using System.Text.Json.Nodes;

namespace FlowChannel.Web.Components.Automations;

/// <summary>A field mapping's row in the editor: target field and its formula.</summary>
public sealed class MappingRow
{
    public string Field { get; set; } = "";
    public string Formula { get; set; } = "";
}

/// <summary>One action being edited; only the members its type uses are written out.</summary>
public sealed class ActionEditModel
{
    public string Type { get; set; } = "addRecord";
    public string? Form { get; set; }
    public List<MappingRow> Fields { get; } = [new()];
    public List<MappingRow> Where { get; } = [];
    public string Keys { get; set; } = "";
    public string Workflow { get; set; } = "";
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    public bool IsRecordAction => Type is "addRecord" or "updateRecords" or "upsertRecord" or "deleteRecords";

    public bool UsesFields => Type is "addRecord" or "updateRecords" or "upsertRecord";

    public bool UsesWhere => Type is "updateRecords" or "deleteRecords";
}

/// <summary>
/// The rule as the page edits it (trigger, condition, actions with their mappings), read from and written to the rule JSON
/// the API stores; the server checks it and answers with the places of any problems.
/// </summary>
public sealed class AutomationEditModel
{
    public Guid? Id { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public string On { get; set; } = "recordAdded";
    public string WatchedFields { get; set; } = "";
    public string Cron { get; set; } = "";
    public string DateField { get; set; } = "";
    public int OffsetDays { get; set; }
    public string Condition { get; set; } = "";
    public List<ActionEditModel> Actions { get; } = [new()];

    public JsonObject ToJson()
    {
        var trigger = new JsonObject { ["on"] = On };
        if (On == "recordUpdated" && Split(WatchedFields) is { Count: > 0 } watched)
        {
            trigger["fields"] = watched;
        }
        if (On == "schedule" && Cron.Trim().Length > 0)
        {
            trigger["cron"] = Cron.Trim();
        }
        else if (On == "schedule")
        {
            trigger["dateField"] = DateField.Trim();
            trigger["offsetDays"] = OffsetDays;
        }
        var rule = new JsonObject { ["key"] = Key.Trim(), ["name"] = Name.Trim(), ["enabled"] = Enabled, ["trigger"] = trigger };
        if (Condition.Trim().Length > 0)
        {
            rule["condition"] = Condition.Trim();
        }
        rule["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode)ActionJson(a))]);
        return rule;
    }

    public static AutomationEditModel From(Guid id, JsonNode? definition)
    {
        var model = new AutomationEditModel { Id = id };
        if (definition is not JsonObject rule)
        {
            return model;
        }
        model.Key = (string?)rule["key"] ?? "";
        model.Name = (string?)rule["name"] ?? "";
        model.Enabled = (bool?)rule["enabled"] ?? true;
        model.Condition = (string?)rule["condition"] ?? "";
        if (rule["trigger"] is JsonObject trigger)
        {
            model.On = (string?)trigger["on"] ?? "recordAdded";
            model.WatchedFields = string.Join(", ", (trigger["fields"] as JsonArray ?? []).Select(f => (string?)f));
            model.Cron = (string?)trigger["cron"] ?? "";
            model.DateField = (string?)trigger["dateField"] ?? "";
            model.OffsetDays = (int?)trigger["offsetDays"] ?? 0;
        }
        model.Actions.Clear();
        foreach (var node in rule["actions"] as JsonArray ?? [])
        {
            model.Actions.Add(ActionFrom(node as JsonObject ?? []));
        }
        return model;
    }

    private static JsonObject ActionJson(ActionEditModel a)
    {
        var json = new JsonObject { ["type"] = a.Type };
        if (a.IsRecordAction)
        {
            json["form"] = a.Form;
        }
        if (a.UsesWhere)
        {
            json["where"] = Mapping(a.Where);
        }
        if (a.UsesFields)
        {
            json["fields"] = Mapping(a.Fields);
        }
        if (a.Type == "upsertRecord")
        {
            json["keys"] = Split(a.Keys);
        }
        if (a.Type == "startWorkflow")
        {
            json["workflow"] = a.Workflow.Trim();
        }
        if (a.Type == "notify")
        {
            json["to"] = Split(a.To);
            json["subject"] = a.Subject;
            if (a.Body.Length > 0)
            {
                json["body"] = a.Body;
            }
        }
        return json;
    }

    private static ActionEditModel ActionFrom(JsonObject json)
    {
        var action = new ActionEditModel
        {
            Type = (string?)json["type"] ?? "addRecord",
            Form = (string?)json["form"],
            Keys = string.Join(", ", (json["keys"] as JsonArray ?? []).Select(k => (string?)k)),
            Workflow = (string?)json["workflow"] ?? "",
            To = string.Join(", ", (json["to"] as JsonArray ?? []).Select(k => (string?)k)),
            Subject = (string?)json["subject"] ?? "",
            Body = (string?)json["body"] ?? "",
        };
        action.Fields.Clear();
        action.Fields.AddRange(Rows(json["fields"]));
        action.Where.AddRange(Rows(json["where"]));
        return action;
    }

    private static IEnumerable<MappingRow> Rows(JsonNode? map) =>
        (map as JsonObject ?? []).Select(p => new MappingRow { Field = p.Key, Formula = (string?)p.Value ?? "" });

    private static JsonObject Mapping(List<MappingRow> rows) =>
        new(rows.Where(r => r.Field.Trim().Length > 0).Select(r => KeyValuePair.Create(r.Field.Trim(), (JsonNode?)r.Formula)));

    private static JsonArray Split(string text) =>
        new([.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode?)s)]);
}
