using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cronos;
using FlowChannel.Expressions.Formulas;
using FlowChannel.Forms.Validation;

namespace FlowChannel.Application.Automations.Rules;

/// <summary>
/// Reads an automation rule's JSON. Every problem is reported with the JSON pointer of its place (<c>/actions/1/fields/amount</c>),
/// all at once; a rule with any problem is not returned. Checks against the forms themselves are <see cref="AutomationRuleCheck"/>'s.
/// </summary>
public static partial class AutomationRuleParser
{
    public static (AutomationRule? Rule, IReadOnlyList<FieldError> Errors) Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return (null, [new FieldError("", "json", $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}")]);
        }
        return Parse(node);
    }

    public static (AutomationRule? Rule, IReadOnlyList<FieldError> Errors) Parse(JsonNode? node)
    {
        var r = new Reader();
        if (node is not JsonObject root)
        {
            r.Error("", "The rule must be a JSON object.");
            return (null, r.Errors);
        }
        var key = r.Text(root, "", "key", required: true);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            r.Error("/key", "A key is 1–64 lower-case letters, digits and hyphens, starting with a letter or digit.");
        }
        var name = r.Text(root, "", "name", required: true);
        var enabled = root["enabled"] is null || r.Bool(root, "", "enabled");
        var trigger = ReadTrigger(r, root["trigger"]);
        var condition = r.Text(root, "", "condition", required: false);
        if (condition is { Length: > 0 })
        {
            r.Formula("/condition", condition);
        }
        var actions = new List<AutomationAction>();
        if (root["actions"] is not JsonArray list || list.Count == 0)
        {
            r.Error("/actions", "A rule needs at least one action (an array of objects).");
        }
        else
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (AutomationActionReader.Read(r, $"/actions/{i}", list[i]) is { } action)
                {
                    actions.Add(action);
                }
            }
        }
        foreach (var (property, _) in root)
        {
            if (property is not ("$schema" or "key" or "name" or "enabled" or "trigger" or "condition" or "actions"))
            {
                r.Error("/" + property, $"Unknown property '{property}'.");
            }
        }
        return r.Errors.Count > 0 || trigger is null
            ? (null, r.Errors)
            : (new AutomationRule(key!, name!, enabled, trigger, string.IsNullOrWhiteSpace(condition) ? null : condition, actions), r.Errors);
    }

    private static AutomationTrigger? ReadTrigger(Reader r, JsonNode? node)
    {
        if (node is not JsonObject trigger)
        {
            r.Error("/trigger", "A rule needs a trigger object with 'on'.");
            return null;
        }
        var on = r.Text(trigger, "/trigger", "on", required: true);
        if (on is not null && !AutomationTriggers.All.Contains(on))
        {
            r.Error("/trigger/on", $"Unknown trigger '{on}'; one of {string.Join(", ", AutomationTriggers.All)}.");
        }
        var fields = r.Strings(trigger, "/trigger", "fields");
        if (fields.Count > 0 && on != AutomationTriggers.RecordUpdated)
        {
            r.Error("/trigger/fields", "Only a recordUpdated trigger watches given fields.");
        }
        var cron = r.Text(trigger, "/trigger", "cron", required: false);
        var dateField = r.Text(trigger, "/trigger", "dateField", required: false);
        var offset = trigger["offsetDays"] is null ? 0 : r.Int(trigger, "/trigger", "offsetDays");
        if (on == AutomationTriggers.Schedule && (cron is null) == (dateField is null))
        {
            r.Error("/trigger", "A schedule has either 'cron' or 'dateField' (with 'offsetDays').");
        }
        else if (on != AutomationTriggers.Schedule && (cron is not null || dateField is not null))
        {
            r.Error("/trigger", "'cron' and 'dateField' belong to a schedule trigger.");
        }
        if (cron is not null && !TryCron(cron))
        {
            r.Error("/trigger/cron", $"'{cron}' is not a five-field cron expression (minute hour day month weekday).");
        }
        return on is null ? null : new AutomationTrigger(on, fields, cron, dateField, offset);
    }

    internal static bool TryCron(string text)
    {
        try
        {
            CronExpression.Parse(text, CronFormat.Standard);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex KeyPattern();

    /// <summary>Reads typed values off objects, collecting errors by pointer.</summary>
    internal sealed class Reader
    {
        public List<FieldError> Errors { get; } = [];

        public void Error(string place, string message) => Errors.Add(new FieldError(place, "automation", message));

        public string? Text(JsonObject owner, string at, string name, bool required)
        {
            var value = owner[name];
            if (value is null)
            {
                if (required)
                {
                    Error($"{at}/{name}", $"'{name}' is required.");
                }
                return null;
            }
            if (value is JsonValue v && v.TryGetValue<string>(out var text) && (!required || text.Trim().Length > 0))
            {
                return text;
            }
            Error($"{at}/{name}", required ? $"'{name}' must be a non-empty string." : $"'{name}' must be a string.");
            return null;
        }

        public bool Bool(JsonObject owner, string at, string name)
        {
            if (owner[name] is JsonValue v && v.TryGetValue<bool>(out var flag))
            {
                return flag;
            }
            Error($"{at}/{name}", $"'{name}' must be true or false.");
            return false;
        }

        public int Int(JsonObject owner, string at, string name)
        {
            if (owner[name] is JsonValue v && v.TryGetValue<int>(out var number))
            {
                return number;
            }
            Error($"{at}/{name}", $"'{name}' must be a whole number.");
            return 0;
        }

        public IReadOnlyList<string> Strings(JsonObject owner, string at, string name)
        {
            if (owner[name] is null)
            {
                return [];
            }
            if (owner[name] is JsonArray items && items.All(i => i is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0))
            {
                return [.. items.Select(i => i!.GetValue<string>())];
            }
            Error($"{at}/{name}", $"'{name}' must be an array of non-empty strings.");
            return [];
        }

        /// <summary>A map of field key → formula text, each formula compiled to check it.</summary>
        public IReadOnlyDictionary<string, string> Formulas(JsonObject owner, string at, string name, bool required)
        {
            if (owner[name] is null && !required)
            {
                return new Dictionary<string, string>();
            }
            if (owner[name] is not JsonObject map || (required && map.Count == 0))
            {
                Error($"{at}/{name}", $"'{name}' must be an object of field keys to formulas{(required ? ", with at least one field" : "")}.");
                return new Dictionary<string, string>();
            }
            var formulas = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (field, value) in map)
            {
                var place = $"{at}/{name}/{field.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";
                if (value is JsonValue v && v.TryGetValue<string>(out var text) && text.Trim().Length > 0)
                {
                    formulas[field] = text;
                    Formula(place, text);
                }
                else
                {
                    Error(place, "A mapping's value is a formula (a non-empty string); quote text as 'text'.");
                }
            }
            return formulas;
        }

        public void Formula(string place, string text)
        {
            var compiled = FormulaCompiler.Compile(text);
            foreach (var problem in compiled.Errors)
            {
                Error(place, $"Formula error: {problem.Message}");
            }
        }
    }
}
