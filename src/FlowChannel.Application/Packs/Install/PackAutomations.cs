using System.Text.Json.Nodes;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Packs.Install;

/// <summary>
/// The pack's automation files (<c>contents.automations</c>): each is <c>{ "form": id, "automations": [rule, …] }</c>
/// (automations/automation-file.schema.json). Installing adds each rule to its form by key, or brings it up to the pack's
/// version, except a rule someone changed after it was installed, which stays as they left it. Installing again changes nothing.
/// </summary>
internal static class PackAutomations
{
    public static void Check(PackSource source, List<PackError> errors)
    {
        foreach (var file in source.Manifest.Contents.Automations.Select(p => new PackFile(p, source.Files[p])))
        {
            Read(file, errors);
        }
    }

    public static async Task InstallAsync(FlowChannelDbContext db, PackSource source, CancellationToken ct)
    {
        foreach (var path in source.Manifest.Contents.Automations)
        {
            var (formId, rules) = Read(new PackFile(path, source.Files[path]), []);
            foreach (var (rule, json) in rules)
            {
                var row = await db.Automations.FirstOrDefaultAsync(a => a.FormId == formId && a.Key == rule.Key, ct);
                if (row is null)
                {
                    row = db.Automations.Add(new Automation
                    {
                        FormId = formId!, Key = rule.Key, Name = rule.Name, TriggerKind = rule.Trigger.On, DefinitionJson = "{}", PackId = source.PackId,
                    }).Entity;
                    Automations.SaveAutomationHandler.Apply(row, rule, json);
                }
                else if (!row.IsCustomised && row.DefinitionJson != json.ToJsonString())
                {
                    Automations.SaveAutomationHandler.Apply(row, rule, json);
                    row.PackId = source.PackId;
                    row.UpdatedAt = DateTime.UtcNow;
                }
            }
        }
    }

    private static (string? FormId, List<(AutomationRule Rule, JsonNode Json)> Rules) Read(PackFile file, List<PackError> errors)
    {
        var rules = new List<(AutomationRule, JsonNode)>();
        // Its JSON syntax is reported once, with the other kept files'.
        if (PackJson.Parse(file, []) is not JsonObject root)
        {
            return (null, rules);
        }
        var formId = root["form"] is JsonValue v && v.TryGetValue<string>(out var id) && id.Length > 0 ? id : null;
        if (formId is null)
        {
            errors.Add(new PackError(file.Path, "/form", "An automation file names the form its rules belong to ('form')."));
        }
        if (root["automations"] is not JsonArray list)
        {
            errors.Add(new PackError(file.Path, "/automations", "An automation file holds an array 'automations' of rules."));
            return (formId, rules);
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var (rule, problems) = AutomationRuleParser.Parse(list[i]);
            errors.AddRange(problems.Select(p => new PackError(file.Path, $"/automations/{i}{p.Path}", p.Message)));
            if (rule is not null && !keys.Add(rule.Key))
            {
                errors.Add(new PackError(file.Path, $"/automations/{i}/key", $"The key '{rule.Key}' is used twice in this file."));
            }
            else if (rule is not null)
            {
                rules.Add((rule, list[i]!));
            }
        }
        return (formId, rules);
    }
}
